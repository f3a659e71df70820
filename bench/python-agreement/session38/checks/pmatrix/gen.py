"""The parse matrix: int(), float() and str methods of edge-case texts handed to a thread (one text a
program), the result or the exception's class appended to `log`; CPython's log against weft's (../cmp.py)."""
TEXTS = ["+5", " 7 ", "5_0", "\u0665", "1e3", "0x1A", "-0", "\u00b2", "12abc", "", " -3\n", "1_000.5", "inf", "nan", "3.0", "1,000"]
CALLS = {"int": "int(text)", "float": "float(text)", "isdigit": "text.isdigit()", "strip_upper": "text.strip().upper()"}

TEMPLATE = '''# ordered
# parse matrix: {call} of {text!r}
import threading

log = []


def work(text):
    try:
        log.append({call})
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=({text!r},))
t.start()
t.join()
print(log)
'''

for name, call in CALLS.items():
    for index, text in enumerate(TEXTS):
        with open(f"p_{name}_{index:02d}.py", "w") as out:
            out.write(TEMPLATE.format(call=call, text=text))
