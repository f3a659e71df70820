# A child that divides by zero inside `with lock:` releases the lock on the way out (the `with` unwinds),
# so the second child still gets it.
from multiprocessing import Lock, Process, Value


def divide(lock, result, d):
    with lock:
        result.value = 100 // d


if __name__ == "__main__":
    lock = Lock()
    result = Value("i", -1, lock=False)
    first = Process(target=divide, args=(lock, result, 0))
    first.start()
    first.join()
    second = Process(target=divide, args=(lock, result, 5))
    second.start()
    second.join()
    final = result.value
    first_code = first.exitcode
    second_code = second.exitcode
