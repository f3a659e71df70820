# REFUSED: int() of Arabic-Indic digits (Python reads "٣" as 3; weft reads 0-9 only).
import threading

out: dict = {}


def parse(text: str) -> None:
    out[text] = int(text)


t = threading.Thread(target=parse, args=("٣",))
t.start()
t.join()
count = len(out)
