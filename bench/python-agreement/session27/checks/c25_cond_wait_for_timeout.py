"""Condition.wait_for(predicate, timeout=) returns the predicate's value: False when it times out."""
import threading

cond = threading.Condition()
ready = False
answers: list[bool] = []


def waiter(timeout: float) -> None:
    with cond:
        answers.append(cond.wait_for(lambda: ready, timeout=timeout))


w1 = threading.Thread(target=waiter, args=(0.01,))
w1.start()
w1.join()
with cond:
    ready = True
    cond.notify_all()
w2 = threading.Thread(target=waiter, args=(0.01,))
w2.start()
w2.join()
print(answers)
