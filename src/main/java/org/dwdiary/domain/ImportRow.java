package org.dwdiary.domain;

/** A block read from line {@code line} of an import file. */
public record ImportRow(int line, Block block) {
}
