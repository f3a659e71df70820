# no bug: small value semantics a worker relies on: floor division and modulo of negatives, chained comparisons, substring tests, string repetition
import threading

results = []


def work(a, b, message):
    results.append(a // b)
    results.append(a % b)
    results.append(int(0 < a < 10))
    results.append(int(-10 < a < 0))
    results.append(int("err" in message))
    results.append(int("ok" not in message))
    results.append("-" * b)
    results.append(len(message))
    results.append(max("pear", "apple"))


t = threading.Thread(target=work, args=(-7, 3, "an error here"))
t.start()
t.join()
print(results)
