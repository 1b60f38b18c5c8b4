// Skip logic on the respondent page: evaluates the XLSForm subset of org.clusterworks.surveys.form.Expression
// (same grammar and XPath 1.0 comparison rules) and hides questions and sections whose `relevant` does not hold.
// The server re-checks everything; this only spares the respondent questions that do not apply.
(function () {
  "use strict";

  function tokenize(s) {
    var out = [], i = 0, n = s.length;
    while (i < n) {
      var c = s.charAt(i);
      if (/\s/.test(c)) { i++; continue; }
      if (c === "$") {
        var close = s.indexOf("}", i);
        if (s.charAt(i + 1) !== "{" || close < 0) throw new Error("bad reference");
        out.push({k: "ref", t: s.substring(i + 2, close).trim()}); i = close + 1;
      } else if (c === "'" || c === '"') {
        var end = s.indexOf(c, i + 1);
        if (end < 0) throw new Error("unclosed text");
        out.push({k: "str", t: s.substring(i + 1, end)}); i = end + 1;
      } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(s.charAt(i + 1)))) {
        var st = i;
        while (i < n && /[0-9.]/.test(s.charAt(i))) i++;
        out.push({k: "num", t: s.substring(st, i)});
      } else if (c === ".") { out.push({k: "dot", t: "."}); i++; }
      else if (/[A-Za-z_]/.test(c)) {
        var w = i;
        while (i < n && /[A-Za-z0-9_-]/.test(s.charAt(i))) i++;
        out.push({k: "word", t: s.substring(w, i).toLowerCase()});
      } else if (c === "(" || c === ")" || c === ",") { out.push({k: c, t: c}); i++; }
      else if ((c === "!" || c === "<" || c === ">") && s.charAt(i + 1) === "=") { out.push({k: "op", t: c + "="}); i += 2; }
      else if ("<>=+-*".indexOf(c) >= 0) { out.push({k: "op", t: c}); i++; }
      else throw new Error("unexpected " + c);
    }
    out.push({k: "end", t: ""});
    return out;
  }

  function parse(src) {
    var toks = tokenize(src), pos = 0;
    function peek() { return toks[pos]; }
    function isOp(list) { var t = peek(); return (t.k === "op" || t.k === "word") && list.indexOf(t.t) >= 0; }
    function bin(next, ops) {
      return function () {
        var left = next();
        while (isOp(ops)) { var op = toks[pos++].t; left = {op: op, l: left, r: next()}; }
        return left;
      };
    }
    var unary, product, sum, cmp, and, or;
    function primary() {
      var t = toks[pos++];
      if (t.k === "num") return {lit: parseFloat(t.t)};
      if (t.k === "str") return {lit: t.t};
      if (t.k === "ref") return {ref: t.t};
      if (t.k === "dot") return {dot: true};
      if (t.k === "(") { var e = or(); pos++; return e; }
      if (t.k === "word") {
        pos++; // (
        var args = [];
        if (peek().k !== ")") { args.push(or()); while (peek().k === ",") { pos++; args.push(or()); } }
        pos++; // )
        return {fn: t.t, args: args};
      }
      throw new Error("unexpected " + t.t);
    }
    unary = function () { if (isOp(["-"])) { pos++; return {neg: unary()}; } return primary(); };
    product = bin(unary, ["*", "div", "mod"]);
    sum = bin(product, ["+", "-"]);
    cmp = bin(sum, ["=", "!=", "<", "<=", ">", ">="]);
    and = bin(cmp, ["and"]);
    or = bin(and, ["or"]);
    return or();
  }

  function bool(v) { return typeof v === "boolean" ? v : typeof v === "number" ? (v !== 0 && !isNaN(v)) : v.length > 0; }
  function num(v) {
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    var s = v.trim();
    return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? parseFloat(s) : NaN;
  }
  function str(v) { return typeof v === "number" ? (isNaN(v) ? "NaN" : String(v)) : String(v); }
  function tokens(s) { s = s.trim(); return s === "" ? [] : s.split(/\s+/); }

  function evaluate(node, values) {
    if ("lit" in node) return node.lit;
    if ("ref" in node) return values[node.ref] || "";
    if (node.dot) return "";
    if ("neg" in node) return -num(evaluate(node.neg, values));
    if ("fn" in node) {
      var a = node.args.map(function (x) { return evaluate(x, values); });
      switch (node.fn) {
        case "not": return !bool(a[0]);
        case "true": return true;
        case "false": return false;
        case "string-length": return str(a[0]).length;
        case "count-selected": return tokens(str(a[0])).length;
        case "selected": return tokens(str(a[0])).indexOf(str(a[1]).trim()) >= 0;
      }
      throw new Error("unsupported " + node.fn);
    }
    var op = node.op;
    if (op === "or") return bool(evaluate(node.l, values)) || bool(evaluate(node.r, values));
    if (op === "and") return bool(evaluate(node.l, values)) && bool(evaluate(node.r, values));
    var x = evaluate(node.l, values), y = evaluate(node.r, values);
    switch (op) {
      case "+": return num(x) + num(y);
      case "-": return num(x) - num(y);
      case "*": return num(x) * num(y);
      case "div": return num(x) / num(y);
      case "mod": return num(x) % num(y);
      case "=": case "!=":
        var eq;
        if (typeof x === "boolean" || typeof y === "boolean") eq = bool(x) === bool(y);
        else if (typeof x === "number" || typeof y === "number") eq = num(x) === num(y);
        else eq = x === y;
        return op === "=" ? eq : !eq;
      case "<": return num(x) < num(y);
      case "<=": return num(x) <= num(y);
      case ">": return num(x) > num(y);
      case ">=": return num(x) >= num(y);
    }
    throw new Error("bad operator " + op);
  }

  var cache = {};
  function holds(expr, values) {
    if (!expr) return true;
    try {
      if (!(expr in cache)) cache[expr] = parse(expr);
      return bool(evaluate(cache[expr], values));
    } catch (e) {
      return true; // the server refuses bad expressions on import; show rather than hide on doubt
    }
  }

  function valueOf(el) {
    var parts = [];
    el.querySelectorAll("input, textarea, select").forEach(function (input) {
      if (input.name !== "q." + el.dataset.q) return;
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) return;
      if (input.value.trim() !== "") parts.push(input.value.trim());
    });
    return parts.join(" ");
  }

  function update(form) {
    var values = {};
    var sectionShown = new Map();
    form.querySelectorAll("[data-section], [data-q]").forEach(function (el) {
      if (el.hasAttribute("data-section")) {
        var shown = holds(el.dataset.relevant, values);
        sectionShown.set(el, shown);
        el.hidden = !shown;
        return;
      }
      var section = el.closest("[data-section]");
      var visible = (!section || sectionShown.get(section) !== false) && holds(el.dataset.relevant, values);
      el.hidden = !visible;
      values[el.dataset.q] = visible ? valueOf(el) : "";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("survey-form");
    if (!form) return;
    form.addEventListener("input", function () { update(form); });
    form.addEventListener("change", function () { update(form); });
    update(form);
  });
})();
