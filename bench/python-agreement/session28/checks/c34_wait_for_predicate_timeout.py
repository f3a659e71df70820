import threading

cond = threading.Condition()
items: list[int] = []
result_true = -1
result_false = -1


def producer() -> None:
    with cond:
        items.append(1)
        cond.notify_all()


t = threading.Thread(target=producer)
t.start()
with cond:
    result_true = int(cond.wait_for(lambda: len(items) > 0, timeout=1.0))
    result_false = int(cond.wait_for(lambda: len(items) > 5, timeout=0.01))
t.join()
print(result_true, result_false)
assert result_true == 1 and result_false == 0
