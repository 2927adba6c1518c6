package io.github.swplugin.core;

/**
 * A journal this user's runs did not write for this checkout (committed to it, planted, copied from elsewhere
 * or changed): nothing it names is touched, and no change is made while it is there.
 */
public final class ForeignJournalException extends TransactionException {
    ForeignJournalException(String why) {
        super(Journal.FILE + " " + why + ": swplugin left it, and every file it names, alone. If a run of yours was"
                + " interrupted here, restore the files it changed from git; then delete " + Journal.FILE);
    }
}
