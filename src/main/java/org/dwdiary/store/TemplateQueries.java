package org.dwdiary.store;

import org.dwdiary.domain.Template;
import org.dwdiary.domain.WorkKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL for saved templates. */
final class TemplateQueries {
    private final Connection connection;

    TemplateQueries(Connection connection) {
        this.connection = connection;
    }

    /** All templates by name. */
    List<Template> all() throws SQLException {
        Map<String, List<Template.Part>> parts = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT t.name, p.from_minute, p.to_minute, p.kind, p.activity FROM template t "
                        + "JOIN template_block p ON p.template_id = t.id ORDER BY t.name COLLATE NOCASE, p.position");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                parts.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(new Template.Part(
                        LocalTime.MIDNIGHT.plusMinutes(rows.getInt(2)), LocalTime.MIDNIGHT.plusMinutes(rows.getInt(3)),
                        WorkKind.fromCode(rows.getString(4)), rows.getString(5)));
            }
        }
        List<Template> templates = new ArrayList<>();
        parts.forEach((name, blocks) -> templates.add(new Template(name, blocks)));
        return templates;
    }

    /** Saves the template, replacing one of the same name; true when it replaced one. */
    boolean save(Template template) throws SQLException {
        boolean replaced = delete(template.name());
        long id;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO template (name) VALUES (?)")) {
            statement.setString(1, template.name());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            id = rows.getLong(1);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO template_block (template_id, position, from_minute, to_minute, kind, activity) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Template.Part part : template.parts()) {
                statement.setLong(1, id);
                statement.setInt(2, position++);
                statement.setInt(3, part.from().getHour() * 60 + part.from().getMinute());
                statement.setInt(4, part.to().getHour() * 60 + part.to().getMinute());
                statement.setString(5, part.kind().code());
                statement.setString(6, part.activity());
                statement.executeUpdate();
            }
        }
        return replaced;
    }

    boolean delete(String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM template WHERE name = ?")) {
            statement.setString(1, name.strip());
            return statement.executeUpdate() > 0;
        }
    }
}
