# check: AttributeError on None, caught, message text
import threading

message = ""


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt


def work():
    global message
    head = Node(1, Node(2))
    try:
        print(head.nxt.nxt.value)
    except AttributeError as e:
        message = str(e)


t = threading.Thread(target=work)
t.start()
t.join()
print(message)
