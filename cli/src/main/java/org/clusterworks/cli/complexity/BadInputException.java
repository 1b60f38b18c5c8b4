package org.clusterworks.cli.complexity;

/** Input the commands cannot use; the message names the file and, where it applies, the line and column. */
public final class BadInputException extends Exception {

    public BadInputException(String message) {
        super(message);
    }
}
