# A method returns the instance's list; the caller appends through the returned name.
import threading


class Inbox:
    def __init__(self):
        self.messages = []

    def all(self):
        return self.messages


box = Inbox()


def work():
    msgs = box.all()
    msgs.append("hi")


t = threading.Thread(target=work)
t.start()
t.join()
print(len(box.messages))
