# The ValueError's message of float(text) read through `as e`.
import threading

messages = []


def work(text):
    try:
        float(text)
    except ValueError as e:
        messages.append(str(e))


t = threading.Thread(target=work, args=("12abc",))
t.start()
t.join()
u = threading.Thread(target=work, args=("  ",))
u.start()
u.join()
print(messages)
