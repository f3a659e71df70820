import threading

caught = 0
zero = 0

def worker(n):
    global caught
    try:
        v = n // zero
    except ArithmeticError:
        caught = 1

t = threading.Thread(target=worker, args=(5,))
t.start()
t.join()
