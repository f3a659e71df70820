# A thread increments a module counter without `global`: UnboundLocalError, the counter stays 0.
import threading

counter = 0
failed = []


def bump():
    try:
        counter += 1
    except UnboundLocalError:
        failed.append(1)


t = threading.Thread(target=bump)
t.start()
t.join()
print(counter, len(failed))
