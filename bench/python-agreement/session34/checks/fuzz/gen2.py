import random, sys
random.seed(int(sys.argv[1]))
def cond(depth):
    return random.choice(["n == 0", "n == 1", "item is None", "i == 1", "n > 5", "flag", "not log"])
def block(depth, in_loop, indent):
    pad = "    " * indent
    stmts = []
    for _ in range(random.randint(1, 3)):
        kinds = ["append", "append", "if", "try", "with"]
        if depth < 2: kinds += ["for", "while"]
        if in_loop: kinds += ["break", "continue"]
        kinds += ["return", "return_value", "raise", "raise"]
        if depth < 2: kinds += ["forelse", "tryelse"]
        k = random.choice(kinds)
        if k == "append": stmts.append(f"{pad}log.append({random.randint(1,9)})")
        elif k == "break": stmts.append(f"{pad}break"); break
        elif k == "continue": stmts.append(f"{pad}continue"); break
        elif k == "return": stmts.append(f"{pad}return"); break
        elif k == "return_value": stmts.append(f"{pad}return {random.randint(1,9)}"); break
        elif k == "raise": stmts.append(f"{pad}raise ValueError({random.randint(1,9)})"); break
        elif depth >= 3: stmts.append(f"{pad}log.append(0)")
        elif k == "forelse":
            stmts.append(f"{pad}for i in range({random.randint(0,2)}):"); stmts += block(depth+1, True, indent+1)
            stmts.append(f"{pad}else:"); stmts += block(depth+1, in_loop, indent+1)
        elif k == "tryelse":
            stmts.append(f"{pad}try:"); stmts += block(depth+1, in_loop, indent+1)
            stmts.append(f"{pad}except ValueError as e:"); stmts.append(f"{pad}    log.append(str(e))")
            stmts.append(f"{pad}else:"); stmts += block(depth+1, in_loop, indent+1)
            if random.random() < 0.5:
                stmts.append(f"{pad}finally:"); stmts.append(f"{pad}    log.append(-1)")
        elif k == "if":
            stmts.append(f"{pad}if {cond(depth)}:"); stmts += block(depth+1, in_loop, indent+1)
            if random.random() < 0.5:
                stmts.append(f"{pad}else:"); stmts += block(depth+1, in_loop, indent+1)
        elif k == "try":
            stmts.append(f"{pad}try:"); stmts += block(depth+1, in_loop, indent+1)
            r = random.random()
            if r < 0.4:
                stmts.append(f"{pad}except ValueError:"); stmts += block(depth+1, in_loop, indent+1)
            if r > 0.3:
                stmts.append(f"{pad}finally:"); stmts.append(f"{pad}    log.append(-1)")
            elif r <= 0.3 and r >= 0.4: pass
            if not (r < 0.4 or r > 0.3): pass
        elif k == "with":
            stmts.append(f"{pad}with lock:"); stmts += block(depth+1, in_loop, indent+1)
        elif k == "for":
            stmts.append(f"{pad}for i in range(3):"); stmts += block(depth+1, True, indent+1)
        elif k == "while":
            stmts.append(f"{pad}while len(log) < 4:"); stmts.append(f"{pad}    log.append(5)"); stmts += block(depth+1, True, indent+1)
    return stmts
body = "\n".join(block(0, False, 1))
arg = random.choice(["0", "1", "None"])
target = random.choice(["thread", "thread", "coroutine", "pool"])
if target == "thread":
    print(f"""import queue
import threading

log = []
lock = threading.Lock()
flag = True
item = None


def worker(n):
{body}


t = threading.Thread(target=worker, args=({arg},))
t.start()
t.join()
print(log)""")
elif target == "coroutine":
    body2 = body.replace("with lock:", "async with alock:")
    print(f"""import asyncio

log = []
flag = True
item = None
alock = None


async def worker(n):
{body2}


async def main():
    global alock
    alock = asyncio.Lock()
    await asyncio.gather(worker({arg}), worker(1))


asyncio.run(main())
print(log)""")
else:
    print(f"""import threading
from concurrent.futures import ThreadPoolExecutor

log = []
lock = threading.Lock()
flag = True
item = None


def worker(n):
{body}


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(worker, {arg}), pool.submit(worker, 1)]
print(log)""")
