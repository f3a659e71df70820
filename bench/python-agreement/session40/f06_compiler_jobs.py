# Compiler jobs: a one-worker pool runs a link job that submits its compile step to the same pool and waits. Bug: nested-submit starvation (the inner job can't start; the timeout reports it).
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=1)
steps = []
status = {}


def compile_unit(unit):
    steps.append(f"compile {unit}")
    return len(unit)


def link(target, units):
    inner = [pool.submit(compile_unit, u) for u in units]
    try:
        sizes = [f.result(timeout=0.1) for f in inner]
        status[target] = sum(sizes)
    except TimeoutError:
        status[target] = -1
    steps.append(f"link {target}")


outer = pool.submit(link, "app", ["main.c", "util.c"])
outer.result()
pool.shutdown(wait=True)
starved = status["app"] == -1
print(f"status={status} starved={starved} steps={len(steps)} last={steps[-1]}")
