package io.github.swplugin.core;

import java.io.IOException;

/**
 * A path swplugin refuses to write or delete because the checkout's own content would steer it elsewhere: a
 * symbolic link leading out of the checkout, a name with {@code ..}, a link where a journal expects a file.
 * The message names the path and what to do.
 */
public final class UnsafePathException extends IOException {
    public UnsafePathException(String message) {
        super(message);
    }
}
