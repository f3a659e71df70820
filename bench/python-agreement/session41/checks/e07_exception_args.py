# check: str of an exception with several args, with none, and raise from
import threading

texts = []


def work():
    for args in [("one",), ("a", 2), ()]:
        try:
            raise ValueError(*args)
        except ValueError as e:
            texts.append(str(e))
    try:
        try:
            {}["k"]
        except KeyError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as e:
        texts.append(f"{e}<-{type(e.__cause__).__name__}")


t = threading.Thread(target=work)
t.start()
t.join()
print(texts)
