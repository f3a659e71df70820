# floor division and modulo of negatives round toward minus infinity
import threading

results = [0, 0, 0, 0]


def compute(a, b):
    results[0] = a // b
    results[1] = a % b
    results[2] = -a // b
    results[3] = divmod(a, -b)[1]


t = threading.Thread(target=compute, args=(-7, 2))
t.start()
t.join()
print(results)
