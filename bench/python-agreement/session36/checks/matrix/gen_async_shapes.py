"""The asyncio side of gen_shapes.py: a coroutine job whose failing operation sits under `async with`
of an asyncio.Lock (or Semaphore, Condition), or in a helper coroutine, met by gather.py's asyncio ways.
Run here: python3 gen_async_shapes.py; python3 cmp.py as_*.py > ../../results/matrix_async_shapes.txt."""
import gen

OPS = {
    "none_cmp": ('DATA["none"] > 25', "TypeError"),
    "list_index": ("ROW[5]", "IndexError"),
    "missing_key": ('DATA["nope"]', "KeyError"),
    "float_text": ('float(DATA["text"])', "ValueError"),
}
SHAPES = {
    "alocked": ("JOB_LOCK = asyncio.Lock()", '''    async with JOB_LOCK:
        await asyncio.sleep(0)
        if kind == "bad":
            value = OP
        else:
            value = 7
    return value
'''),
    "asemaphored": ("JOB_LOCK = asyncio.Semaphore(1)", None),
    "aconditioned": ("JOB_LOCK = asyncio.Condition()", None),
    "ahelper": ("", '''    await asyncio.sleep(0)
    return await helper(kind)
'''),
}
HELPER = '''

async def helper(kind):
    await asyncio.sleep(0)
    if kind == "bad":
        return OP
    return 7
'''
CONSTRUCTS = ["task_await_except", "gather_return_exceptions", "taskgroup_except_star"]
if __name__ == "__main__":
    for op_name, (op, cls) in OPS.items():
        for shape_name, (made, job_body) in SHAPES.items():
            job_body = job_body or SHAPES["alocked"][1]
            for c_name in CONSTRUCTS:
                imports, body = gen.CONSTRUCTS[c_name]
                shaped = (HELPER if shape_name == "ahelper" else "") + "\n\nasync def job(kind):\n" + job_body
                body = body.replace(gen.AJOB, shaped)
                # an asyncio primitive made at the module's top belongs to asyncio.run's loop in 3.10+
                text = (f'"""{op_name} in a coroutine job\'s {shape_name} under {c_name}: `{op}` raises {cls}."""\n'
                        + imports + "\n" + gen.HEAD + made + "\n" + body.replace("OP", op).replace("CLASS", cls)
                        + "print(sorted(map(str, log)))\n")
                with open(f"as_{op_name}__{shape_name}__{c_name}.py", "w") as out:
                    out.write(text)
