"""Writes one program per (place of the `return`, raising operation, caller): a function called as a
statement whose `return` expression raises, caught by the caller's `except`. Session 35 made the dropped
value raise (translate/dropped_returns.rs); this maps where. Run here: python3 gen.py; python3 cmp.py > ../../results/dropped_all.txt (sorted);
`python3 gen.py awaited` writes the coroutine rows (python3 cmp.py *__awaited.py > ../../results/dropped_awaited.txt)."""
OPS = {
    "int_const": ('int("x")', "ValueError"),
    "int_local": ("int(text)", "ValueError"),
    "float_local": ("float(text) * 2", "ValueError"),
    "index_str": ('text.index("z")', "ValueError"),
    "split_index": ('text.split(",")[4]', "IndexError"),
}
PLACES = {
    "top": "    {ret}\n",
    "if": "    if kind == \"bad\":\n        {ret}\n    return 0\n",
    "else": "    if kind == \"good\":\n        return 0\n    else:\n        {ret}\n",
    "elif": "    if kind == \"good\":\n        return 0\n    elif kind == \"bad\":\n        {ret}\n    return 1\n",
    "for": "    for _ in range(2):\n        {ret}\n    return 0\n",
    "while": "    while True:\n        {ret}\n",
    "with_lock": "    with LOCK:\n        {ret}\n",
    "try_finally": "    try:\n        {ret}\n    finally:\n        log.append(\"f\")\n",
    "after_if": "    if kind == \"good\":\n        return 0\n    {ret}\n",
    "try_except_handler": "    try:\n        {ret}\n    except CLASS:\n        log.append(\"handled\")\n        return None\n",
}
CALLERS = {
    "main": '''try:
    job("bad", "abc")
    log.append("no error")
except CLASS:
    log.append("caught")
''',
    "assigned": '''try:
    value = job("bad", "abc")
    log.append("no error")
except CLASS:
    log.append("caught")
''',
    "thread": '''def run():
    try:
        job("bad", "abc")
        log.append("no error")
    except CLASS:
        log.append("caught")


t = threading.Thread(target=run)
t.start()
t.join()
''',
}
AWAITED = '''async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except CLASS:
        log.append("caught")


asyncio.run(main())
'''
if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["awaited"]:
        # `await job(...)` as a statement in a coroutine, `job` an `async def` with an `await` first.
        for op_name, (op, cls) in OPS.items():
            for place, shape in PLACES.items():
                body = shape.format(ret="return " + op).replace("CLASS", cls)
                text = (f'"""A dropped `await` of a coroutine whose `return {op}` ({cls}) is at `{place}`."""\n'
                        "import asyncio\n\nLOCK = asyncio.Lock()\nlog = []\n\n\n"
                        f"async def job(kind, text):\n    await asyncio.sleep(0)\n{body.replace('with LOCK:', 'async with LOCK:')}\n\n"
                        + AWAITED.replace("CLASS", cls) + "print(log)\n")
                with open(f"{op_name}__{place}__awaited.py", "w") as out:
                    out.write(text)
        raise SystemExit
    for op_name, (op, cls) in OPS.items():
        for place, shape in PLACES.items():
            for caller, code in CALLERS.items():
                body = shape.format(ret="return " + op).replace("CLASS", cls)
                text = (f'"""A dropped `return {op}` ({cls}) at `{place}`, called from {caller}."""\n'
                        "import threading\n\nLOCK = threading.Lock()\nlog = []\n\n\n"
                        f"def job(kind, text):\n{body}\n\n" + code.replace("CLASS", cls) + "print(log)\n")
                with open(f"{op_name}__{place}__{caller}.py", "w") as out:
                    out.write(text)
