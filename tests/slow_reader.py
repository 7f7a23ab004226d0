"""A reader that takes a minute, as an OCR of a long scan does (tests/test_executor_batches.py)."""
import time


def read(data: bytes, name: str):
    time.sleep(60)
    raise RuntimeError("never reached in the tests: the worker is stopped first")
