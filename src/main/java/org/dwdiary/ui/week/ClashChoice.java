package org.dwdiary.ui.week;

import org.dwdiary.domain.DiaryChange;

/** One way out of an overlap that the user can pick: a button label and the change it applies. */
public record ClashChoice(String label, DiaryChange change) {
}
