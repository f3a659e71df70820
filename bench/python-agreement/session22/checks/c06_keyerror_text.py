import threading

messages = []
config = {"a": 1}


def lookup(key):
    try:
        messages.append(str(config[key]))
    except KeyError as e:
        messages.append(str(e))
        messages.append(repr(e))


t = threading.Thread(target=lookup, args=("missing",))
t.start()
t.join()
print(messages)
