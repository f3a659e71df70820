# Check: a comprehension's loop variable does not leak (Python 3): the global `x` keeps its value; a for loop's variable does leak. Bug: none.
import threading

x = 10
i = 0
squares = []
after_comp = 0
after_loop = 0


def worker():
    global after_comp, after_loop, i
    squares.extend([x * x for x in range(3)])
    after_comp = x
    for i in range(4):
        pass
    after_loop = i


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"squares={squares} after_comp={after_comp} after_loop={after_loop} i={i}")
