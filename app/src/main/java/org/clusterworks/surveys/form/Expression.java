package org.clusterworks.surveys.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A skip-logic ({@code relevant}) or validation ({@code constraint}) expression in the XLSForm subset ClusterWorks
 * supports, parsed once and evaluated safely (no reflection, no scripting engine, bounded size and depth).
 *
 * <p>Grammar: {@code or}/{@code and} over comparisons ({@code = != < <= > >=}) of sums ({@code + -}) of products
 * ({@code * div mod}) of unary minus and primaries: numbers, quoted strings, {@code ${name}} (an earlier answer),
 * {@code .} (the answer being validated), parentheses and the functions {@code not}, {@code selected},
 * {@code count-selected}, {@code string-length}, {@code true} and {@code false}. Values and comparisons follow XPath
 * 1.0 as ODK does: an unanswered question is the empty string, a comparison with a number compares numbers (an
 * empty or non-numeric answer is NaN, so every comparison with it but {@code !=} is false), two strings compare as
 * strings for {@code =} and {@code !=}; a string is true when non-empty, a number when neither zero nor NaN.
 * The same grammar is evaluated in the browser by {@code static/js/surveys-form.js}.
 */
public final class Expression {

    private static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 40;

    private final String source;
    private final Node root;
    private final Set<String> references;

    private Expression(String source, Node root, Set<String> references) {
        this.source = source;
        this.root = root;
        this.references = Set.copyOf(references);
    }

    /** Parses an expression, or throws {@link Invalid} saying what is wrong and at which character. */
    public static Expression parse(String source) {
        if (source == null || source.isBlank()) {
            throw new Invalid("empty expression", 0);
        }
        if (source.length() > MAX_LENGTH) {
            throw new Invalid("expression longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        Parser p = new Parser(source);
        Node node = p.expression(0);
        if (p.peek().kind != Kind.END) {
            throw new Invalid("unexpected '" + p.peek().text + "'", p.peek().at);
        }
        return new Expression(source.strip(), node, p.refs);
    }

    /** The names of the questions the expression reads ({@code ${name}}), in order of appearance. */
    public Set<String> references() {
        return references;
    }

    /** Whether the expression refers to the answer being validated ({@code .}). */
    public boolean usesCurrent() {
        return source.matches(".*(^|[^0-9.$])\\.([^0-9]|$).*");
    }

    public String source() {
        return source;
    }

    /**
     * Evaluates the expression to a truth value.
     *
     * @param answers the answer to each question by name, as stored (null or empty when unanswered)
     * @param current the answer being validated, for {@code .}; may be null
     */
    public boolean test(Function<String, String> answers, String current) {
        return bool(root.eval(new Scope(answers, current == null ? "" : current)));
    }

    @Override
    public String toString() {
        return source;
    }

    /** A syntax error, with the 0-based character position where it was found. */
    public static final class Invalid extends IllegalArgumentException {
        private final int position;

        Invalid(String message, int position) {
            super(message + " (at character " + (position + 1) + ")");
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    // Values: String, Double or Boolean.

    private record Scope(Function<String, String> answers, String current) {
        String answer(String name) {
            String v = answers.apply(name);
            return v == null ? "" : v;
        }
    }

    static boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        return !((String) v).isEmpty();
    }

    static double num(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String s = ((String) v).strip();
        if (s.isEmpty() || !s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    static String str(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "NaN";
            }
            return d == Math.rint(d) && !d.isInfinite() ? Long.toString(d.longValue()) : Double.toString(d);
        }
        return v.toString();
    }

    private static boolean compare(String op, Object a, Object b) {
        if (op.equals("=") || op.equals("!=")) {
            boolean eq;
            if (a instanceof Boolean || b instanceof Boolean) {
                eq = bool(a) == bool(b);
            } else if (a instanceof Double || b instanceof Double) {
                eq = num(a) == num(b);
            } else {
                eq = a.equals(b);
            }
            return op.equals("=") == eq;
        }
        double x = num(a);
        double y = num(b);
        return switch (op) {
            case "<" -> x < y;
            case "<=" -> x <= y;
            case ">" -> x > y;
            default -> x >= y;
        };
    }

    private interface Node {
        Object eval(Scope scope);
    }

    private record Literal(Object value) implements Node {
        public Object eval(Scope s) {
            return value;
        }
    }

    private record Ref(String name) implements Node {
        public Object eval(Scope s) {
            return s.answer(name);
        }
    }

    private record Current() implements Node {
        public Object eval(Scope s) {
            return s.current();
        }
    }

    private record Binary(String op, Node left, Node right) implements Node {
        public Object eval(Scope s) {
            switch (op) {
                case "or":
                    return bool(left.eval(s)) || bool(right.eval(s));
                case "and":
                    return bool(left.eval(s)) && bool(right.eval(s));
                case "+":
                    return num(left.eval(s)) + num(right.eval(s));
                case "-":
                    return num(left.eval(s)) - num(right.eval(s));
                case "*":
                    return num(left.eval(s)) * num(right.eval(s));
                case "div":
                    return num(left.eval(s)) / num(right.eval(s));
                case "mod":
                    return num(left.eval(s)) % num(right.eval(s));
                default:
                    return compare(op, left.eval(s), right.eval(s));
            }
        }
    }

    private record Negate(Node operand) implements Node {
        public Object eval(Scope s) {
            return -num(operand.eval(s));
        }
    }

    private record Call(String function, List<Node> args) implements Node {
        public Object eval(Scope s) {
            return switch (function) {
                case "not" -> !bool(args.get(0).eval(s));
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "string-length" -> (double) str(args.get(0).eval(s)).length();
                case "count-selected" ->
                    (double) tokens(str(args.get(0).eval(s))).size();
                default ->
                    tokens(str(args.get(0).eval(s)))
                            .contains(str(args.get(1).eval(s)).strip());
            };
        }

        private static List<String> tokens(String s) {
            String t = s.strip();
            return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
        }
    }

    private enum Kind {
        NUMBER,
        STRING,
        REF,
        DOT,
        WORD,
        OP,
        LPAREN,
        RPAREN,
        COMMA,
        END
    }

    private record Token(Kind kind, String text, int at) {}

    private static final class Parser {
        private final List<Token> tokens;
        private final Set<String> refs = new LinkedHashSet<>();
        private int pos;

        Parser(String source) {
            this.tokens = tokenize(source);
        }

        Token peek() {
            return tokens.get(pos);
        }

        Token next() {
            return tokens.get(pos++);
        }

        boolean isOp(String... ops) {
            Token t = peek();
            if (t.kind != Kind.OP && t.kind != Kind.WORD) {
                return false;
            }
            for (String op : ops) {
                if (op.equals(t.text)) {
                    return true;
                }
            }
            return false;
        }

        Node expression(int depth) {
            if (depth > MAX_DEPTH) {
                throw new Invalid("expression nested too deeply", peek().at);
            }
            Node left = and(depth);
            while (isOp("or")) {
                next();
                left = new Binary("or", left, and(depth));
            }
            return left;
        }

        Node and(int depth) {
            Node left = comparison(depth);
            while (isOp("and")) {
                next();
                left = new Binary("and", left, comparison(depth));
            }
            return left;
        }

        Node comparison(int depth) {
            Node left = sum(depth);
            while (isOp("=", "!=", "<", "<=", ">", ">=")) {
                String op = next().text;
                left = new Binary(op, left, sum(depth));
            }
            return left;
        }

        Node sum(int depth) {
            Node left = product(depth);
            while (isOp("+", "-")) {
                String op = next().text;
                left = new Binary(op, left, product(depth));
            }
            return left;
        }

        Node product(int depth) {
            Node left = unary(depth);
            while (isOp("*", "div", "mod")) {
                String op = next().text;
                left = new Binary(op, left, unary(depth));
            }
            return left;
        }

        Node unary(int depth) {
            if (isOp("-")) {
                next();
                if (depth > MAX_DEPTH) {
                    throw new Invalid("expression nested too deeply", peek().at);
                }
                return new Negate(unary(depth + 1));
            }
            return primary(depth);
        }

        Node primary(int depth) {
            Token t = next();
            switch (t.kind) {
                case NUMBER:
                    return new Literal(Double.parseDouble(t.text));
                case STRING:
                    return new Literal(t.text);
                case REF:
                    refs.add(t.text);
                    return new Ref(t.text);
                case DOT:
                    return new Current();
                case LPAREN: {
                    Node inner = expression(depth + 1);
                    expect(Kind.RPAREN, "')'");
                    return inner;
                }
                case WORD:
                    return call(t, depth);
                case END:
                    throw new Invalid("expression ends too early", t.at);
                default:
                    throw new Invalid("unexpected '" + t.text + "'", t.at);
            }
        }

        Node call(Token name, int depth) {
            String fn = name.text;
            int arity = switch (fn) {
                case "not", "string-length", "count-selected" -> 1;
                case "selected" -> 2;
                case "true", "false" -> 0;
                default ->
                    throw new Invalid(
                            peek().kind == Kind.LPAREN
                                    ? "unsupported function '" + fn + "()'"
                                    : "unexpected word '" + fn + "' (write text in quotes, answers as ${name})",
                            name.at);
            };
            expect(Kind.LPAREN, "'(' after " + fn);
            List<Node> args = new ArrayList<>();
            if (peek().kind != Kind.RPAREN) {
                args.add(expression(depth + 1));
                while (peek().kind == Kind.COMMA) {
                    next();
                    args.add(expression(depth + 1));
                }
            }
            expect(Kind.RPAREN, "')'");
            if (args.size() != arity) {
                throw new Invalid(fn + "() takes " + arity + " argument" + (arity == 1 ? "" : "s"), name.at);
            }
            return new Call(fn, args);
        }

        void expect(Kind kind, String what) {
            Token t = next();
            if (t.kind != kind) {
                throw new Invalid(
                        "expected " + what + " but found " + (t.kind == Kind.END ? "the end" : "'" + t.text + "'"),
                        t.at);
            }
        }

        private static List<Token> tokenize(String s) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '$') {
                    if (i + 1 >= n || s.charAt(i + 1) != '{') {
                        throw new Invalid("'$' must start a reference like ${name}", i);
                    }
                    int close = s.indexOf('}', i);
                    if (close < 0) {
                        throw new Invalid("reference not closed with '}'", i);
                    }
                    String name = s.substring(i + 2, close).strip();
                    if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                        throw new Invalid("'" + name + "' is not a question name", i);
                    }
                    out.add(new Token(Kind.REF, name, i));
                    i = close + 1;
                } else if (c == '\'' || c == '"') {
                    int close = s.indexOf(c, i + 1);
                    if (close < 0) {
                        throw new Invalid("text not closed with " + c, i);
                    }
                    out.add(new Token(Kind.STRING, s.substring(i + 1, close), i));
                    i = close + 1;
                } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                    int start = i;
                    while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                        i++;
                    }
                    String num = s.substring(start, i);
                    if (num.indexOf('.') != num.lastIndexOf('.')) {
                        throw new Invalid("'" + num + "' is not a number", start);
                    }
                    out.add(new Token(Kind.NUMBER, num, start));
                } else if (c == '.') {
                    out.add(new Token(Kind.DOT, ".", i++));
                } else if (Character.isLetter(c) || c == '_') {
                    int start = i;
                    while (i < n
                            && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) {
                        i++;
                    }
                    out.add(new Token(Kind.WORD, s.substring(start, i).toLowerCase(Locale.ROOT), start));
                } else if (c == '(') {
                    out.add(new Token(Kind.LPAREN, "(", i++));
                } else if (c == ')') {
                    out.add(new Token(Kind.RPAREN, ")", i++));
                } else if (c == ',') {
                    out.add(new Token(Kind.COMMA, ",", i++));
                } else if (c == '!' || c == '<' || c == '>') {
                    if (i + 1 < n && s.charAt(i + 1) == '=') {
                        out.add(new Token(Kind.OP, c + "=", i));
                        i += 2;
                    } else if (c == '!') {
                        throw new Invalid("'!' must be followed by '=' (use not() for negation)", i);
                    } else {
                        out.add(new Token(Kind.OP, String.valueOf(c), i++));
                    }
                } else if (c == '=' || c == '+' || c == '-' || c == '*') {
                    out.add(new Token(Kind.OP, String.valueOf(c), i++));
                } else {
                    throw new Invalid("unexpected character '" + c + "'", i);
                }
            }
            out.add(new Token(Kind.END, "", n));
            return out;
        }
    }
}
