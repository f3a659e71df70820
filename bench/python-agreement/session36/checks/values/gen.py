"""Writes one small threaded program per expression: a worker thread computes the expression from
values it receives as arguments (so the import cannot fold it) and stores it in a module global.
CPython's value must be weft's. Run here: python3 gen.py; python3 cmp.py > ../../results/values.txt."""
EXPRESSIONS = {
    "floordiv_neg": ("a // b", (-7, 2)),
    "mod_neg": ("a % b", (-7, 2)),
    "mod_neg_divisor": ("a % b", (7, -2)),
    "floordiv_neg_divisor": ("a // b", (7, -2)),
    "divmod_neg": ("divmod(a, b)[0] * 10 + divmod(a, b)[1]", (-7, 3)),
    "true_div": ("a / b", (7, 2)),
    "round_half_even": ("round(a / b)", (5, 2)),
    "round_half_even_3": ("round(a / b)", (7, 2)),
    "round_neg_half": ("round(a / b)", (-5, 2)),
    "round_2": ("round(a / b, 2)", (1, 8)),
    "int_trunc_neg": ("int(a / b)", (-7, 2)),
    "big_power": ("a ** b", (2, 70)),
    "big_mul": ("a * a * a * b", (3_000_000_000, 7)),
    "big_sum_overflow": ("a * 4_000_000_000 + b", (4_000_000_000, 1)),
    "neg_power": ("a ** b", (2, -1)),
    "pow_mod": ("pow(a, b, 7)", (3, 5)),
    "bool_add": ("(a > 1) + (b > 1)", (2, 3)),
    "chained_cmp": ("1 < a < b", (2, 3)),
    "chained_cmp_false": ("a < b < 1", (0, 3)),
    "or_value": ("(a - 2) or b", (2, 9)),
    "and_value": ("a and b", (0, 9)),
    "abs_neg": ("abs(a - b)", (2, 9)),
    "max_two": ("max(a, b, -a)", (-4, 3)),
    "min_key": ("min([a, b, -8], key=abs)", (-4, 3)),
    "float_sum": ("a / 10 + b / 10", (1, 2)),
    "float_eq": ("a / 10 + b / 10 == 0.3", (1, 2)),
    "int_of_float_str": ("int(float(str(a) + '.9'))", (3, 0)),
    "str_mul": ("'ab' * a", (3, 0)),
    "fstring_pad": ("f'{a:>4}|{b:<3}|'", (7, 42)),
    "fstring_float": ("f'{a / b:.2f}'", (2, 3)),
    "fstring_sign": ("f'{a:+d}'", (5, 0)),
    "fstring_zero": ("f'{a:05d}'", (-42, 0)),
    "str_upper_join": ("'-'.join([str(a), str(b)]).upper()", (1, 2)),
    "len_str": ("len(str(a) * b)", (12, 3)),
    "sorted_reverse_key": ("sorted([a, b, -a, -b], key=abs, reverse=True)[0]", (3, -5)),
    "sum_generator": ("sum(i * i for i in range(a, b))", (2, 6)),
    "list_index_neg": ("[a, b, a + b][-1]", (2, 6)),
    "slice_step": ("[a, b, a + b, a * b][::2][1]", (2, 6)),
    "shift": ("(a << b) | 1", (3, 4)),
    "xor": ("a ^ b", (12, 10)),
    "invert": ("~a", (5, 0)),
    "hex_str": ("hex(a)", (255, 0)),
    "int_base": ("int('ff', a)", (16, 0)),
    "str_find": ("'banana'.find('n', a)", (3, 0)),
    "str_count": ("'banana'.count('a') + a", (0, 0)),
    "str_replace": ("'a-b-c'.replace('-', str(a), b)", (9, 1)),
    "str_strip_chars": ("'xxhixx'.strip('x') + str(a)", (1, 0)),
    "str_split_max": ("len('a,b,c,d'.split(',', a))", (2, 0)),
    "str_title": ("'hello world'.title()[a]", (6, 0)),
    "in_string": ("str(a) in '12345'", (34, 0)),
    "min_strings": ("min('pear', 'apple', str(a))", (9, 0)),
    "str_compare": ("str(a) < str(b)", (10, 9)),
    "float_floor_div": ("a / 2 // 1", (7, 0)),
    "float_mod": ("(a / 2) % 2", (7, 0)),
    "int_float_mix": ("a * 0.5 + b", (3, 1)),
    "round_neg_digits": ("round(a, -2)", (1250, 0)),
    "round_float_half": ("round(a / 8, 2)", (1, 0)),
    "float_str": ("str(a / 3)", (1, 0)),
    "float_str_big": ("str(a * 1.0)", (10 ** 16, 0)),
    "float_str_small": ("str(a / 10000)", (1, 0)),
    "float_int_str": ("str(a / 1)", (4, 0)),
    "float_inf": ("a * 1e308 * 10", (1, 0)),
    "int_sqrt": ("int(a ** 0.5)", (17, 0)),
    "bool_str": ("str(a > b)", (3, 2)),
    "none_str": ("str(None) + str(a)", (1, 0)),
    "tuple_compare": ("(a, b) < (a, b + 1)", (1, 2)),
    "list_repeat_len": ("len([a] * b)", (1, 4)),
    "ord_chr": ("chr(ord('a') + a)", (2, 0)),
    "isdigit": ("str(a).isdigit()", (-3, 0)),
    "zfill": ("str(a).zfill(b)", (42, 5)),
    "center": ("str(a).center(b, '*')", (7, 4)),
    "percent_format": ("'%d-%s' % (a, b)", (3, 'x')),
    "percent_float": ("'%.1f' % (a / 3)", (2, 0)),
    "format_method": ("'{}:{}'.format(a, b)", (1, 2)),
    "format_comma": ("f'{a:,}'", (1234567, 0)),
    "format_pct": ("f'{a / b:.1%}'", (1, 3)),
}
TEMPLATE = '''"""{name}: `{expr}` with a={a!r}, b={b!r}, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = {expr}


t = threading.Thread(target=work, args=({a!r}, {b!r}))
t.start()
t.join()
print(repr(result))
'''
if __name__ == "__main__":
    for name, (expr, (a, b)) in EXPRESSIONS.items():
        with open(f"v_{name}.py", "w") as out:
            out.write(TEMPLATE.format(name=name, expr=expr, a=a, b=b))
