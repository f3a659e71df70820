# bug: none
import queue

history = queue.LifoQueue(maxsize=3)
text = ""


def apply(op, arg):
    global text
    if op == "type":
        text += arg
    elif op == "delete":
        text = text[:-arg]


def do(op, arg):
    before = text
    apply(op, arg)
    if history.full():
        dropped = []
        while not history.empty():
            dropped.append(history.get_nowait())
        for snap in reversed(dropped[:-1]):
            history.put_nowait(snap)
    history.put_nowait(before)


def undo():
    global text
    try:
        text = history.get_nowait()
        return True
    except queue.Empty:
        return False


for op, arg in [("type", "hello"), ("type", " world"), ("delete", 3), ("type", "ld!"), ("type", "?")]:
    do(op, arg)
after_edits = text
undos = [undo() for _ in range(5)]
print(f"after={after_edits!r} now={text!r} undos={undos}")
