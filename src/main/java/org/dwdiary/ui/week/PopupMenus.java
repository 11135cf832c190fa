package org.dwdiary.ui.week;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * A node's pop-up menu, opened by a right click, the context-menu request (Menu key, Shift+F10 where the
 * platform sends one), and, if asked, a left click too. Platforms differ in which of these one right
 * click sends, and in what order; however many arrive, the menu opens once.
 */
final class PopupMenus {
    private static final String OPEN = PopupMenus.class.getName();

    private PopupMenus() {
    }

    /** @param menu builds the menu afresh each time (so it shows the state of the moment) */
    static void install(Node node, Supplier<ContextMenu> menu, boolean leftClickToo) {
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (event.isKeyboardTrigger()) {
                showBelow(node, menu);
            } else {
                show(node, menu, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.SECONDARY
                    || (leftClickToo && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 1)) {
                if (leftClickToo && event.getButton() == MouseButton.PRIMARY) {
                    showBelow(node, menu);
                } else {
                    show(node, menu, event.getScreenX(), event.getScreenY());
                }
                event.consume();
            }
        });
    }

    /** Opens the menu under the node (from the keyboard, or a left click on a header). */
    static void showBelow(Node node, Supplier<ContextMenu> menu) {
        if (!alreadyOpen(node)) {
            ContextMenu shown = menu.get();
            node.getProperties().put(OPEN, shown);
            shown.show(node, Side.BOTTOM, 0, 0);
        }
    }

    private static void show(Node node, Supplier<ContextMenu> menu, double x, double y) {
        if (!alreadyOpen(node)) {
            ContextMenu shown = menu.get();
            node.getProperties().put(OPEN, shown);
            shown.show(node, x, y);
        }
    }

    private static boolean alreadyOpen(Node node) {
        return node.getProperties().get(OPEN) instanceof ContextMenu open && open.isShowing();
    }
}
