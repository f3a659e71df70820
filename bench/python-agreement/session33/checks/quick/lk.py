import threading

seen = {}
errors = []


def work():
    key = [1]
    key.append(2)
    try:
        seen[key] = 1
    except TypeError:
        errors.append("unhashable")


t = threading.Thread(target=work)
t.start()
t.join()
print(seen, errors)
