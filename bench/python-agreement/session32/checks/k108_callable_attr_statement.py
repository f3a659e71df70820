# A callback stored in an instance attribute and called as a statement.
import threading

events = []


def notify(msg):
    events.append(msg)


class Button:
    def __init__(self, on_click):
        self.on_click = on_click

    def click(self):
        self.on_click("clicked")


b = Button(notify)
t = threading.Thread(target=b.click)
t.start()
t.join()
print(events)
