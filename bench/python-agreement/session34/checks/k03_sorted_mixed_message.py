# sorted() of mixed lists: which pair CPython compares first decides the message.
import threading

messages = []


def check(items):
    try:
        sorted(items)
    except TypeError as e:
        messages.append(str(e))


for items in ([1, 2, "a"], ["b", "a", 3], [3, None]):
    t = threading.Thread(target=check, args=(items,))
    t.start()
    t.join()
print(messages)
