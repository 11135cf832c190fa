package org.dwdiary.domain;

/** A short activity label such as "Home visit", remembered with the kind it was last logged as. */
public record Activity(String name, WorkKind kind) {
}
