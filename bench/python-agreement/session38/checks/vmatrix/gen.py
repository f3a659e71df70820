"""The value matrix: one thread computes a few values of one kind from its arguments (known only when it
runs) and appends them to `log`; CPython's log against weft's outcomes (../cmp.py)."""
CASES = {
    "round_half_even": ("a, b, c", "(2.5, 0.5, -1.5)", ["round(a)", "round(b)", "round(c)", "round(a + 1)", "round(2.675, 2)"]),
    "floor_div_negative": ("a, b", "(-7, 2)", ["a // b", "a % b", "7 % -3", "divmod(a, b)", "-a // -b"]),
    "int_truncation": ("a, s", "(-3.7, ' 42 ')", ["int(a)", "int(s)", "int(-0.5)", "int('-0')", "int(a * 2)"]),
    "float_text": ("a, b", "(0.1, 0.2)", ["str(a + b)", "f'{2 / 3:.3f}'", "str(1e16)", "str(10 / 4)", "str(7.0 // 2)", "str(float(3))"]),
    "float_values": ("a, b", "(7.0, 2)", ["a // b", "a % b", "a / b", "-a % 3", "a ** 0.5", "1 / 3"]),
    "string_split_join": ("s, sep", "('a,b,,c', ',')", ["s.split(sep)", "'-'.join(s.split(sep))", "s.count(sep)", "s.find('z')", "s.replace(',', ';', 2)"]),
    "string_case_strip": ("s", "('  Hello World  ',)", ["s.strip()", "s.lower()", "s.upper().strip()", "s.strip().title()", "s.strip()[::-1]", "s.strip()[1:4]"]),
    "string_format": ("n, x", "(1234567, 3.14159)", ["f'{n:,}'", "f'{n:>10}'", "f'{x:08.2f}'", "'%d-%s' % (n, 'a')", "f'{n:x}'", "f'{x!r}'"]),
    "list_methods": ("xs", "([3, 1, 4, 1, 5],)", ["xs.index(1)", "xs.count(1)", "sorted(xs, reverse=True)", "xs[::-1]", "xs[1:-1]", "xs + [9]"]),
    "list_mutation": ("xs", "([3, 1, 4, 1, 5],)", ["(xs.remove(1), xs)[1]", "(xs.insert(0, 7), xs)[1]", "xs.pop(1)", "(xs.reverse(), xs)[1]", "xs"]),
    "dict_methods": ("d, k", "({'a': 1, 'b': 2}, 'c')", ["d.get(k, 0)", "d.setdefault(k, 5)", "d.pop('a', None)", "d.pop('zz', -1)", "sorted(d.items())", "list(d)"]),
    "dict_order_after_delete": ("d", "({'a': 1, 'b': 2, 'c': 3},)", ["(d.pop('a'), list(d))[1]", "(d.__setitem__('a', 9), list(d))[1]", "list(d.values())", "len(d)"]),
    "min_max_key_ties": ("xs", "(['bb', 'a', 'cc', 'd'],)", ["max(xs, key=len)", "min(xs, key=len)", "sorted(xs, key=len)", "max(xs)", "min(len(x) for x in xs)"]),
    "bool_arithmetic": ("a, b", "(True, False)", ["a + a", "sum([a, a, b])", "a * 5", "str(a)", "int(b)", "a and 'yes'", "b or 'no'"]),
    "and_or_operands": ("x, y", "(0, 'text')", ["x or y", "y and x", "x or None", "y or x", "not y", "x == 0 or y"]),
    "big_integers": ("a, b", "(2, 64)", ["a ** b", "a ** b - 1", "10 ** 20 // 3", "(a ** b) * (a ** b)", "-(a ** 63)", "a ** 63"]),
    "int_float_equality": ("a, b", "(1, 1.0)", ["a == b", "a is b", "str(a + b)", "3 / 1", "2 * b", "max(a, b)"]),
    "tuple_ordering": ("p, q", "((1, 'b'), (1, 'a'))", ["p < q", "max(p, q)", "sorted([p, q])", "p == (1, 'b')", "min([(2, 'a'), p, q])"]),
    "exception_text": ("s, d, n", "('x', {'a': 1}, 0)", ["int(s)", "d['k']", "1 // n", "[1][n + 1]", "1 / n", "d[1]", "1 % n", "float(s)"]),
    "abs_pow_misc": ("a, b", "(-5, 3)", ["abs(a)", "pow(a, 2)", "pow(2, b, 5)", "a ** 2 % 7", "abs(-2.5)", "max(a, b, 0)"]),
    "string_membership": ("s, t", "('concurrency', 'cur')", ["t in s", "s.startswith('con')", "s.endswith('y')", "s.index('c', 1)", "s[-3:]", "len(s) * '-'"]),
    "chained_comparison": ("a, b, c", "(1, 2, 2)", ["a < b <= c", "a < b < c", "a == b == c", "b == c != a", "1 < 2 > 1"]),
}

TEMPLATE = '''# ordered
# value matrix: {name}
import threading

log = []


def work({params}):
{body}


t = threading.Thread(target=work, args={args})
t.start()
t.join()
print(log)
'''

EXC_BODY = '''    try:
        log.append({exprs})
    except Exception as e:
        log.append(f"{{type(e).__name__}}: {{e}}")
'''

for number, (name, (params, args, exprs)) in enumerate(CASES.items(), 1):
    # one expression a program, so that one refused expression does not hide the others
    for index, expr in enumerate(exprs, 1):
        if name == "exception_text":
            body = EXC_BODY.format(exprs=expr).rstrip("\n")
        else:
            body = f"    log.append({expr})"
        with open(f"v{number:02d}{chr(96 + index)}_{name}.py", "w") as out:
            out.write(TEMPLATE.format(name=f"{name}: {expr}", params=params, body=body, args=args))
