"""Type errors at run time: operands from a queue, the operation in a try that catches TypeError (and,
to see what weft does otherwise, any Exception by class name)."""
CASES = [
    ("str_plus_int", ["a", 1], "x + y"),
    ("int_plus_str", [1, "a"], "x + y"),
    ("none_plus_int", [None, 1], "x + y"),
    ("str_times_str", ["a", "b"], "x * y"),
    ("str_times_int", ["ab", 3], "x * y"),
    ("int_times_str", [3, "ab"], "x * y"),
    ("str_minus_str", ["a", "b"], "x - y"),
    ("int_lt_str", [1, "a"], "x < y"),
    ("none_lt_int", [None, 1], "x < y"),
    ("int_eq_str", [1, "1"], "x == y"),
    ("str_mod_int", ["%d items", 3], "x % y"),
    ("float_plus_str", [1.5, "a"], "x + y"),
    ("int_of_none", [None, 0], "int(x)"),
    ("len_of_int", [5, 0], "len(x)"),
    ("str_index_float", ["abc", 1.0], "x[y]"),
    ("neg_of_str", ["a", 0], "-x"),
    ("bool_plus_str", [True, "a"], "x + y"),
    ("str_plus_float", ["v", 2.0], "x + y"),
    ("int_div_str", [4, "2"], "x / y"),
    ("max_int_str", [4, "2"], "max(x, y)"),
]

TEMPLATE = '''# ordered
# type matrix: {expr} of {x!r}, {y!r}
import queue
import threading

log = []
q = queue.Queue()


def work():
    x = q.get()
    y = q.get()
    try:
        log.append({expr})
    except TypeError:
        log.append("TypeError")
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put({x!r})
q.put({y!r})
t.join()
print(log)
'''

for index, (name, (x, y), expr) in enumerate(CASES):
    with open(f"t{index:02d}_{name}.py", "w") as out:
        out.write(TEMPLATE.format(expr=expr, x=x, y=y))
