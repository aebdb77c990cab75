package io.github.ftpreply.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compact binary form of a {@link Catalog}, so the processor loads the canonical catalog without SnakeYAML or the
 * validator (docs/performance.md). It is derived from the model by reflection: every record is written component by
 * component, recursively through lists, maps, optionals, enums, strings, ints and booleans; a {@link TextTemplate}
 * as its source. A new record component needs no change here.
 *
 * <p>The data starts with a format version and the model's schema (every record's components and every enum's
 * constants, as text): data written for another model is refused, never misread, and the caller parses the YAML.
 */
final class CatalogCodec {
    /** Bumped when the encoding itself changes; model changes are caught by the schema. */
    static final int FORMAT_VERSION = 1;

    private static final int MAGIC = 0x46545243; // "FTRC"

    /** The parts of {@link Catalog}, which is a class, in the order of its constructor. */
    private static final List<String> CATALOG_PARTS =
            List.of("locales", "sources", "categories", "groups", "codes", "socketErrors");

    private final Map<Class<?>, Constructor<?>> constructors = new HashMap<>();
    /**
     * Each record type's component types, resolved for the type as used ({@code Heading<Category>} and
     * {@code Heading<FunctionGroup>} differ): read once, not for every record, since each {@code getRecordComponents}
     * call parses the generic signatures again and that parsing was most of a cold decode.
     */
    private final Map<Type, Type[]> componentTypes = new HashMap<>();

    private CatalogCodec() {}

    /** The binary form of {@code catalog}; the same catalog always gives the same bytes. */
    static byte[] encode(Catalog catalog) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            writeString(out, schema());
            for (String part : CATALOG_PARTS) {
                new CatalogCodec()
                        .write(
                                out,
                                catalogPartType(part),
                                Catalog.class.getMethod(part).invoke(catalog));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a byte array
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The catalog in {@code in}, or empty if it was written in another format or for another model. */
    static Optional<Catalog> decode(InputStream in) throws IOException {
        // Read whole first: a resource in a jar is an unbuffered inflating stream, and DataInputStream reads each
        // int byte by byte.
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
        if (data.readInt() != MAGIC
                || data.readInt() != FORMAT_VERSION
                || !readString(data).equals(schema())) {
            return Optional.empty();
        }
        CatalogCodec codec = new CatalogCodec();
        List<Object> parts = new ArrayList<>();
        for (String part : CATALOG_PARTS) {
            parts.add(codec.read(data, catalogPartType(part)));
        }
        @SuppressWarnings("unchecked")
        Catalog catalog = new Catalog(
                (List<String>) parts.get(0),
                (List<SourceDocument>) parts.get(1),
                (List<Heading<Category>>) parts.get(2),
                (List<Heading<FunctionGroup>>) parts.get(3),
                (List<ReplyCodeEntry>) parts.get(4),
                (List<SocketErrorEntry>) parts.get(5));
        return Optional.of(catalog);
    }

    /**
     * Every type the catalog's data is made of, as text: a record's components with their generic types and an
     * enum's constants, in a fixed order.
     */
    static String schema() {
        StringBuilder schema = new StringBuilder();
        List<Class<?>> seen = new ArrayList<>();
        for (String part : CATALOG_PARTS) {
            Type type = catalogPartType(part);
            schema.append(part).append(':').append(type.getTypeName()).append('\n');
            describe(type, seen, schema);
        }
        return schema.toString();
    }

    private static Type catalogPartType(String part) {
        try {
            return Catalog.class.getMethod(part).getGenericReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(Type type, List<Class<?>> seen, StringBuilder schema) {
        if (type instanceof ParameterizedType parameterized) {
            describe(parameterized.getRawType(), seen, schema);
            for (Type argument : parameterized.getActualTypeArguments()) {
                describe(argument, seen, schema);
            }
            return;
        }
        if (!(type instanceof Class<?> cls) || seen.contains(cls)) {
            return;
        }
        seen.add(cls);
        if (cls.isEnum()) {
            schema.append(cls.getName()).append(" = ");
            for (Object constant : cls.getEnumConstants()) {
                schema.append(((Enum<?>) constant).name()).append(' ');
            }
            schema.append('\n');
        } else if (cls.isRecord()) {
            schema.append(cls.getName()).append('(');
            for (RecordComponent component : cls.getRecordComponents()) {
                schema.append(component.getGenericType().getTypeName())
                        .append(' ')
                        .append(component.getName())
                        .append(", ");
            }
            schema.append(")\n");
            for (RecordComponent component : cls.getRecordComponents()) {
                describe(component.getGenericType(), seen, schema);
            }
        }
    }

    private void write(DataOutputStream out, Type type, Object value) throws IOException, ReflectiveOperationException {
        Class<?> raw = raw(type);
        if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == String.class) {
            writeString(out, (String) value);
        } else if (raw == TextTemplate.class) {
            writeString(out, ((TextTemplate) value).source());
        } else if (raw.isEnum()) {
            writeString(out, ((Enum<?>) value).name());
        } else if (raw == Optional.class) {
            Optional<?> optional = (Optional<?>) value;
            out.writeBoolean(optional.isPresent());
            if (optional.isPresent()) {
                write(out, argument(type, 0), optional.get());
            }
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object element : list) {
                write(out, argument(type, 0), element);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(out, argument(type, 0), entry.getKey());
                write(out, argument(type, 1), entry.getValue());
            }
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                write(
                        out,
                        resolve(component.getGenericType(), type),
                        component.getAccessor().invoke(value));
            }
        } else {
            throw new IllegalArgumentException("CatalogCodec cannot write a " + type.getTypeName()
                    + "; teach it the new type of the catalog model");
        }
    }

    private Object read(DataInputStream in, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (raw == int.class || raw == Integer.class) {
            return in.readInt();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return in.readBoolean();
        } else if (raw == String.class) {
            return readString(in);
        } else if (raw == TextTemplate.class) {
            return TextTemplate.parse(readString(in));
        } else if (raw.isEnum()) {
            return enumConstant(raw, readString(in));
        } else if (raw == Optional.class) {
            return in.readBoolean() ? Optional.of(read(in, argument(type, 0))) : Optional.empty();
        } else if (raw == List.class) {
            int size = in.readInt();
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(in, argument(type, 0)));
            }
            return List.copyOf(list);
        } else if (raw == Map.class) {
            int size = in.readInt();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(read(in, argument(type, 0)), read(in, argument(type, 1)));
            }
            return map;
        } else if (raw.isRecord()) {
            Type[] types = componentTypes.computeIfAbsent(type, CatalogCodec::componentTypes);
            Object[] values = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                values[i] = read(in, types[i]);
            }
            return construct(raw, values);
        }
        throw new IllegalArgumentException("CatalogCodec cannot read a " + type.getTypeName());
    }

    /** The generic types of the components of the record {@code type}, its type variables bound. */
    private static Type[] componentTypes(Type type) {
        RecordComponent[] components = raw(type).getRecordComponents();
        Type[] types = new Type[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = resolve(components[i].getGenericType(), type);
        }
        return types;
    }

    private Object construct(Class<?> record, Object[] values) {
        try {
            Constructor<?> constructor = constructors.get(record);
            if (constructor == null) {
                RecordComponent[] components = record.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                }
                constructor = record.getDeclaredConstructor(types);
                constructors.put(record, constructor);
            }
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("precompiled catalog: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("CatalogCodec cannot handle the type " + type.getTypeName());
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    /** A component's type, with the type variables of a generic record (such as {@code Heading<K>}) bound. */
    private static Type resolve(Type component, Type owner) {
        if (component instanceof TypeVariable<?> variable && owner instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = ((Class<?>) parameterized.getRawType()).getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                if (variables[i].getName().equals(variable.getName())) {
                    return parameterized.getActualTypeArguments()[i];
                }
            }
        }
        return component;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
