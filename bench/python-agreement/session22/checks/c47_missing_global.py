import threading

counter = 0
errors = []


def bump():
    try:
        counter += 1
    except UnboundLocalError:
        errors.append("unbound")


t = threading.Thread(target=bump)
t.start()
t.join()
print(counter, errors)
