package io.github.swplugin.maven;

import io.github.swplugin.core.OneLine;
import org.apache.maven.plugin.logging.Log;

/** The Mojo's log, with every message made {@link OneLine one line}: what a checkout holds cannot start a line of its own. */
final class OneLineLog implements Log {
    private final Log log;

    OneLineLog(Log log) {
        this.log = log;
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(OneLine.of(String.valueOf(content)));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(OneLine.of(String.valueOf(content)), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(OneLine.of(String.valueOf(content)));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(OneLine.of(String.valueOf(content)), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(OneLine.of(String.valueOf(content)));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(OneLine.of(String.valueOf(content)), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(OneLine.of(String.valueOf(content)));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(OneLine.of(String.valueOf(content)), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
