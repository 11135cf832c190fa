package org.dwdiary.store;

/** The diary file could not be read or written (disk, permissions, a damaged file). */
public class DiaryStorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DiaryStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
