"""What counts as a measure of scope or result."""

from __future__ import annotations

import pytest

from cvlint.quantity import is_quantified

QUANTIFIED = [
    "Led 5 engineers to ship the billing service",
    "Cut p99 latency of the search API",
    "Reduced costs by 30%",
    "Saved $1.2M per year",
    "Served 10K+ daily users",
    "Made deploys 3x faster",
    "Onboarded three new teams",
    "Processed 1,200,000 events",
    "Won 1st place at a national hackathon",
    "Doubled conversion on the pricing page",
    "Managed a team of 12",
    "Reduced build time from 20 to 5 minutes",
]
NOT_QUANTIFIED = [
    "Worked on the billing service for over two years",
    "Migrated services to Python 3.11",
    "Built a chatbot on GPT-4o with LangChain",
    "Deployed on EC2 and S3",
    "Upgraded to Java 17 and Spring Boot 3",
    "Maintained the CI pipeline since 2019",
    "Designed the onboarding flow (2021-2022)",
    "Supported L4 on-call rotation",
    "Documented https://example.com/2020/12 pages",
    "Worked for 3 years on the platform team",
]


@pytest.mark.parametrize("text", QUANTIFIED)
def test_quantified(text: str) -> None:
    assert is_quantified(text)


@pytest.mark.parametrize("text", NOT_QUANTIFIED)
def test_not_quantified(text: str) -> None:
    assert not is_quantified(text)
