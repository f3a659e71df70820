"""Writes one program per (expression statement whose value is dropped, place): the statement raises in
CPython, and the caller's `except` must catch it. Run here: python3 gen_statements.py; python3 cmp.py
s__*.py > ../../results/dropped_statements.txt."""
STATEMENTS = {
    "int_text": ("int(text)", "ValueError"),
    "float_text": ("float(text)", "ValueError"),
    "dict_key": ("DATA[text]", "KeyError"),
    "list_index": ("ROW[5]", "IndexError"),
    "len_none": ("len(DATA['none'])", "TypeError"),
    "none_add": ("DATA['none'] + 1", "TypeError"),
    "str_index": ('text.index("z")', "ValueError"),
    "abs_text": ("abs(text)", "TypeError"),
    "compare_none": ("DATA['none'] < 3", "TypeError"),
    "lambda_call": ("to_int(text)", "ValueError"),
    "attr_missing": ("CONFIG.missing", "AttributeError"),
    "divide_zero": ("DATA['num'] / DATA['zero']", "ZeroDivisionError"),
}
PLACES = {
    "top": "    {stmt}\n",
    "if": "    if kind == \"bad\":\n        {stmt}\n",
    "for": "    for _ in range(1):\n        {stmt}\n",
    "with_lock": "    with LOCK:\n        {stmt}\n",
}
if __name__ == "__main__":
    for name, (stmt, cls) in STATEMENTS.items():
        for place, shape in PLACES.items():
            text = (f'"""The expression statement `{stmt}` ({cls}) at `{place}` in a thread\'s function."""\n'
                    "import threading\n\nLOCK = threading.Lock()\n"
                    "DATA = {'none': None, 'num': 3, 'zero': 0}\nROW = [1, 2]\n\n\n"
                    "class Config:\n    def __init__(self):\n        self.retries = 1\n\n\nCONFIG = Config()\n"
                    "to_int = lambda t: int(t)\nlog = []\n\n\n"
                    f"def check(kind, text):\n{shape.format(stmt=stmt)}    return 1\n\n\n"
                    "def run():\n    try:\n        check(\"bad\", \"abc\")\n        log.append(\"no error\")\n"
                    f"    except {cls}:\n        log.append(\"caught\")\n\n\n"
                    "t = threading.Thread(target=run)\nt.start()\nt.join()\nprint(log)\n")
            with open(f"s__{name}__{place}.py", "w") as out:
                out.write(text)
