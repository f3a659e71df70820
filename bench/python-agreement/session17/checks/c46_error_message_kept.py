# no bug: the worker keeps the error's message text, as a log line would
import threading

errors = []


def charge(amount):
    try:
        if amount < 0:
            raise ValueError(f"negative amount {amount}")
    except ValueError as exc:
        errors.append(str(exc))


t = threading.Thread(target=charge, args=(-5,))
t.start()
t.join()
print(errors)
