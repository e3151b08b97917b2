import time

import pytest

from sinmun.limits import PageTimeout, time_limit


def test_a_slow_block_is_stopped():
    start = time.monotonic()
    with pytest.raises(PageTimeout) as err:
        with time_limit(0.2):
            time.sleep(5)
    assert time.monotonic() - start < 2
    assert err.value.reason == "timeout"


def test_a_quick_block_is_untouched_and_the_timer_is_cleared():
    with time_limit(0.5):
        value = sum(range(1000))
    time.sleep(0.7)  # the timer must not fire after the block
    assert value == 499500
