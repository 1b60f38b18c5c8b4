package org.clusterworks.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps result rows to records by matching columns to components once per result set ({@code created_at} or
 * {@code createdAt} to {@code createdAt}), converting values as Spring's {@code SimplePropertyRowMapper} does.
 *
 * <p>Use {@code .query(Rows.of(Organisation.class))} rather than handing the record class to {@code query}: Spring's
 * mapper then looks each component up with {@code ResultSet.findColumn} under its camel-case name first, and H2
 * answers every miss with an exception (written to its trace file), which cost more than the queries themselves.
 */
public final class Rows<T extends Record> implements RowMapper<T> {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    private final Shape shape;
    private ResultSet lastResultSet;
    private int[] columns;

    private Rows(Shape shape) {
        this.shape = shape;
    }

    /** A mapper for one query (it remembers the column positions of the result set it reads). */
    public static <T extends Record> Rows<T> of(Class<T> type) {
        return new Rows<>(SHAPES.computeIfAbsent(type, Shape::new));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != lastResultSet) {
            columns = shape.columnsOf(rs.getMetaData());
            lastResultSet = rs;
        }
        Object[] args = new Object[columns.length];
        for (int i = 0; i < args.length; i++) {
            TypeDescriptor type = shape.types[i];
            Object value = JdbcUtils.getResultSetValue(rs, columns[i], type.getType());
            args[i] = CONVERSIONS.convert(value, type);
        }
        return (T) BeanUtils.instantiateClass(shape.constructor, args);
    }

    /** A record type's canonical constructor, component names and types. */
    private static final class Shape {
        private final Class<?> type;
        private final Constructor<?> constructor;
        private final String[] names;
        private final String[] keys;
        private final TypeDescriptor[] types;

        Shape(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] raw = new Class<?>[components.length];
            names = new String[components.length];
            keys = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                raw[i] = components[i].getType();
                names[i] = components[i].getName();
                keys[i] = key(names[i]);
            }
            try {
                constructor = type.getDeclaredConstructor(raw);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
            types = new TypeDescriptor[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
            }
        }

        int[] columnsOf(ResultSetMetaData meta) throws SQLException {
            Map<String, Integer> byKey = new HashMap<>();
            for (int c = meta.getColumnCount(); c >= 1; c--) {
                byKey.put(key(JdbcUtils.lookupColumnName(meta, c)), c);
            }
            int[] columns = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                Integer c = byKey.get(keys[i]);
                if (c == null) {
                    throw new SQLException("No column for " + type.getSimpleName() + "." + names[i] + " in the result");
                }
                columns[i] = c;
            }
            return columns;
        }

        private static String key(String name) {
            return name.replace("_", "").toLowerCase(Locale.ROOT);
        }
    }
}
