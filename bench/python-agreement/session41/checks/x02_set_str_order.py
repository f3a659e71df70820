# check: iteration order of a set of strings varies between runs (hash randomization)
import threading

order = []


def work():
    tags = {"red", "green", "blue", "cyan"}
    for tag in tags:
        order.append(tag)


t = threading.Thread(target=work)
t.start()
t.join()
print(order)
