"""The value matrix again, with the operands taken from a queue (known only at run time, so computed by
the engine, not by the import): one expression a program; CPython's log against weft's (../cmp.py)."""
CASES = {
    "round": ("a", [2.5, 0.5, -1.5, 3.5, 2.675], ["round(a)", "round(a, 1)", "round(a, 2)"]),
    "floordiv": ("a", [-7, 7, -1, 0], ["a // 2", "a % 3", "a // -2", "a % -3", "-a // 2", "divmod(a, 4)"]),
    "int_of_float": ("a", [-3.7, 3.7, -0.5, 2.5], ["int(a)", "int(a * 2)", "abs(a)"]),
    "float_text": ("a", [0.1, 1e16, 1e-5, 2.5, 100.0, 1 / 3], ["str(a)", "f'{a}'", "f'{a:.2f}'", "f'{a:g}'", "str(a * 3)", "str(a + 0.2)"]),
    "int_text": ("a", [0, -5, 1234567, 10 ** 15], ["str(a)", "f'{a:,}'", "f'{a:05d}'", "f'{a:x}'", "str(-a)"]),
    "str_methods": ("a", ["  Hello World ", "a,b,,c", "straße", "ÉCOLE"], ["a.strip()", "a.lower()", "a.upper()", "a.title()", "a.replace(',', ';')", "a[::-1]", "len(a)", "a.strip()[1:4]", "a.count('l')", "a.find('o')"]),
    "mixed_arith": ("a", [3, -3], ["a / 2", "a * 2.5", "a ** 2", "2 ** a", "a / 4 * 4", "(a + 0.5) // 1"]),
    "compare_str": ("a", ["apple", "Zebra", "zebra", "éclair", "10", "9"], ["a < 'b'", "a > 'Z'", "max(a, 'm')", "a.isdigit()", "a < '9'"]),
}

TEMPLATE = '''# ordered
# queue value matrix: {expr} of {value!r}
import queue
import threading

log = []
q = queue.Queue()


def work():
    {param} = q.get()
    try:
        log.append({expr})
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put({value!r})
t.join()
print(log)
'''

for name, (param, values, exprs) in CASES.items():
    for vi, value in enumerate(values):
        for ei, expr in enumerate(exprs):
            with open(f"q_{name}_{vi}{chr(97 + ei)}.py", "w") as out:
                out.write(TEMPLATE.format(param=param, expr=expr, value=value))
