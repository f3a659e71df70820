"""Python's floor division and modulo of negative numbers computed in a thread (Rust truncates)."""
import threading

values = [-7, 7, -8]
quotients: list[int] = []
remainders: list[int] = []
lock = threading.Lock()


def work(a: int, b: int) -> None:
    with lock:
        quotients.append(a // b)
        remainders.append(a % b)


threads = [threading.Thread(target=work, args=(v, 3)) for v in values] + [threading.Thread(target=work, args=(7, -2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
q_sum = sum(quotients)
r_sum = sum(remainders)
print(sorted(quotients), sorted(remainders))
