package org.clusterworks.monitoring.logic;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An arithmetic formula over indicator codes, such as {@code 100 * WOMEN_LED / (MEMBERS - OBSERVERS)}: numbers,
 * codes (a letter, then letters, digits or underscores), {@code + - * /}, unary minus and parentheses, with the usual
 * precedence. Parsed once into a tree; nothing is ever evaluated as code, so a formula cannot do anything but
 * arithmetic.
 */
public final class Formula {

    private final String text;
    private final Node root;
    private final Set<String> codes;

    private Formula(String text, Node root, Set<String> codes) {
        this.text = text;
        this.root = root;
        this.codes = Collections.unmodifiableSet(codes);
    }

    /**
     * Parses a formula.
     *
     * @throws Invalid naming the position and the problem
     */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("the formula is empty", 0);
        }
        if (text.length() > 1000) {
            throw new Invalid("the formula is longer than 1000 characters", 1000);
        }
        Parser p = new Parser(text);
        Node root = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new Invalid("unexpected '" + text.charAt(p.pos) + "'", p.pos);
        }
        return new Formula(text.strip(), root, p.codes);
    }

    /** The formula as written. */
    public String text() {
        return text;
    }

    /** The indicator codes it uses, in order of first appearance (upper case). */
    public Set<String> codes() {
        return codes;
    }

    /**
     * Computes the formula.
     *
     * @param values the value of each code, or null where it has none
     * @throws ArithmeticException when a code has no value or a divisor is zero, naming which
     */
    public double evaluate(Function<String, Double> values) {
        return root.eval(values);
    }

    /** Computes the formula with values from a map. */
    public double evaluate(Map<String, Double> values) {
        return evaluate(values::get);
    }

    /** A formula that cannot be read, with the 0-based character position of the problem. */
    public static final class Invalid extends IllegalArgumentException {
        private final int position;

        Invalid(String problem, int position) {
            super(problem + " at character " + (position + 1));
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    private interface Node {
        double eval(Function<String, Double> values);
    }

    private static final class Parser {
        private static final int MAX_DEPTH = 100;
        private final String s;
        private final Set<String> codes = new LinkedHashSet<>();
        private int pos;
        private int depth;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(char c) {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        Node expression() {
            Node left = term();
            while (true) {
                if (eat('+')) {
                    Node l = left, r = term();
                    left = v -> l.eval(v) + r.eval(v);
                } else if (eat('-')) {
                    Node l = left, r = term();
                    left = v -> l.eval(v) - r.eval(v);
                } else {
                    return left;
                }
            }
        }

        Node term() {
            Node left = factor();
            while (true) {
                if (eat('*')) {
                    Node l = left, r = factor();
                    left = v -> l.eval(v) * r.eval(v);
                } else if (eat('/')) {
                    int at = pos;
                    Node l = left, r = factor();
                    String divisor = s.substring(at, pos).strip();
                    left = v -> {
                        double d = r.eval(v);
                        if (d == 0) {
                            throw new ArithmeticException("division by zero: " + divisor + " is 0");
                        }
                        return l.eval(v) / d;
                    };
                } else {
                    return left;
                }
            }
        }

        Node factor() {
            if (++depth > MAX_DEPTH) {
                throw new Invalid("the formula is nested too deeply", pos);
            }
            try {
                if (eat('-')) {
                    Node f = factor();
                    return v -> -f.eval(v);
                }
                if (eat('+')) {
                    return factor();
                }
                return primary();
            } finally {
                depth--;
            }
        }

        Node primary() {
            skipSpace();
            if (pos >= s.length()) {
                throw new Invalid("the formula ends too early", pos);
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node inner = expression();
                if (!eat(')')) {
                    throw new Invalid("missing ')'", pos);
                }
                return inner;
            }
            int start = pos;
            if (Character.isDigit(c) || c == '.') {
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                String number = s.substring(start, pos);
                double d;
                try {
                    d = Double.parseDouble(number);
                } catch (NumberFormatException e) {
                    throw new Invalid("'" + number + "' is not a number", start);
                }
                return v -> d;
            }
            if (Character.isLetter(c) && c < 128) {
                while (pos < s.length()
                        && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')
                        && s.charAt(pos) < 128) {
                    pos++;
                }
                String code = s.substring(start, pos).toUpperCase(Locale.ROOT);
                codes.add(code);
                return v -> {
                    Double value = v.apply(code);
                    if (value == null || value.isNaN()) {
                        throw new ArithmeticException(code + " has no value");
                    }
                    return value;
                };
            }
            throw new Invalid("unexpected '" + c + "'", pos);
        }
    }
}
