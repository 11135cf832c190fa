package org.dwdiary.domain;

/**
 * The user's input was refused. The message is for the user: it names the value, field or line
 * and says what is wrong. Nothing has been written when this is thrown.
 */
public class InputRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputRefusedException(String message) {
        super(message);
    }
}
