"""General Korean naming knowledge for enrichment: surnames, titles, organisation suffixes and
well-known bodies with their short forms, and place names (countries, provinces, cities, districts).

Everything here is general knowledge of how Korean news names people, organisations and places;
nothing is taken from particular articles.
"""
from __future__ import annotations

from collections.abc import Iterator


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Korean surnames (one syllable), and the two-syllable ones.
SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원"
                     "천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용경")
SURNAMES2 = _words("남궁 황보 제갈 선우 독고 사공 서문 동방 어금 망절")

#: Roles written after a name (``홍길동 장관``, ``김철수 기자``). Longest match wins.
TITLES = _words("""
대통령 부통령 당선인 대통령당선인 국무총리 총리 부총리 경제부총리 장관 부장관 차관 차관보 실장 비서실장 수석 비서관
대변인 특보 보좌관 대사 총영사 영사 공사 특사 의원 국회의원 의장 부의장 국회의장 원내대표 원내대변인 대표 당대표
최고위원 사무총장 사무처장 위원장 부위원장 비대위원장 위원 총장 총재 부총재 청장 처장 원장 부원장 본부장 국장 차장 과장
부장 팀장 지사 도지사 시장 구청장 군수 교육감 도의원 시의원 구의원 회장 부회장 명예회장 사장 부사장 대표이사 이사장
이사 전무 상무 사외이사 창업자 창업주 교수 명예교수 부교수 연구원 연구위원 선임연구위원 박사 소장 센터장 감독 코치 선수
주장 판사 부장판사 검사 부장검사 검사장 검찰총장 변호사 대법원장 대법관 헌법재판소장 재판관 주석 국왕 여왕 왕세자 총서기
국무장관 국방장관 재무장관 상무장관 외무장관 외교장관 단장 기자 특파원 앵커 논설위원 캐스터 리포터 씨 군 양 옹 여사
가수 배우 방송인 개그맨 개그우먼 코미디언 아나운서 작가 소설가 시인 화가 감독 PD 작곡가 프로듀서 디자이너 모델 셰프
경위 경감 경정 총경 경사 순경 경장 소령 중령 대령 중장 대장 소장 준장 원사 상사 병장 이병 일병 상병
목사 신부 스님 주교 추기경 교황 총리실장 사무관 서기관 주무관 조사관 수사관 관계자 고문 전문위원 선임기자
""")
#: Titles that, alone, do not make the word before them a name (``관계자`` follows organisations).
WEAK_TITLES = _words("관계자 공사 대장 소장 상사 고문 군 양 옹 위원 이사 주장 모델 시인")

#: Titles that end common compounds too (``주식시장`` is a market, ``공연대사`` a line).
AMBIGUOUS_TITLES = _words("시장 공사 대사 소장 이사 상사 고문 주장 대장 군 양 옹 씨 모델 작가 위원 대표 선수 감독 "
                           "연구원")

#: Word endings that make a noun compound an organisation, and common nouns that end like one.
ORG_SUFFIXES = _words("""
위원회 공사 공단 공기업 은행 금융 금융지주 지주 그룹 전자 전기 하이닉스 자동차 모터스 증권 보험 생명 화재 손해보험
캐피털
캐피탈 건설 중공업 조선 화학 케미칼 텔레콤 통신 제약 바이오 바이오로직스 에너지 전력 석유 정유 항공 해운 물산 상사
제철 철강 엔터테인먼트 엔터 홀딩스 미디어 일보 신문 신문사 방송 방송사 통신사 대학교 대학 대학원 고등학교 중학교
초등학교
연구원 연구소 진흥원 정책연구원 협회 연합회 학회 재단 기금 기구 연맹 노조 노동조합 조합 협동조합 총연맹 상공회의소 의회
법원 지방법원 고등법원 지법 고법 검찰청 지검 고검 경찰청 경찰서 지방경찰청 소방서 소방본부 세무서 의료원 보건소 구단
국회 청와대 백악관 크렘린궁 정당 신당 당 부 처 원 타임스 저널 포스트 스쿨 뮤직 사무소 심판원 공대 종합병원 대학병원
라디오 방송국 정책실 비서실 안보실 조정실 센터 이앤씨 엔지니어링 인터내셔널 솔루션 시스템즈
네트웍스 머티리얼즈 파트너스 인베스트먼트 자산운용 테크놀로지 테크놀로지스 로지스틱스 공항공사 개발공사 도시공사
관광공사 주식회사 컴퍼니 코리아 랩스 선교회 교회
""")
ORG_COMMON = _words("""
정부 여당 야당 정당 신당 경찰 검찰 법원 당국 소방당국 지자체 본부 일부 내부 외부 전부 간부 지부 학부 세부 남부 북부 동부
서부 중부 상부 하부 지도부 집행부 수뇌부 대부분 거래처 사용처 근처 출처 대처 용처 요청 신청 초청 방청 민원 인원 직원
회원
사원 동원 확인원 전원 지원 병원 학원 공원 정원 법인카드 카드 식당 본당 당 부 처 청 원 기업 회사 조합 대학 협회 재단
은행 신문 방송 통신 연구소 연구원 위원회 노조 의회 구단 보험 생명 화재 전기 전력 에너지 가스 항공 석유 조선 미디어 그룹
금융 건설 화학 제약 바이오 증권 자동차 엔터 코리아 기구 연맹 기금 상사 물산 공사 공단 지주 회의 공기업 주식회사 학회
대학교 대학원 중학교 초등학교 고등학교 세무서 보건소 경찰서 소방서 정치권 업계 재계 학계 노동계 시민단체 단체
시중은행 국책은행 지방은행 인터넷은행 외국은행 지방은행들 다수당 소수당 집권당 제1야당 제2야당 거대야당 원내 정통부
관광부 시청 구청 도청 군청 외신 언론 언론사 방송사 신문사 통신사
""")
#: Organisations that carry no suffix, known by everyone (parties, broadcasters, international bodies).
KNOWN_ORGS = _words("""
국민의힘 더불어민주당 조국혁신당 개혁신당 진보당 정의당 기본소득당 사회민주당 국회 청와대 대통령실 백악관 크렘린궁
유엔 나토 유네스코 유니세프 아세안 오펙 KBS MBC SBS EBS JTBC MBN YTN TV조선 채널A 연합뉴스 연합뉴스TV 뉴시스 뉴스1
CNN BBC NHK AP AFP 로이터 블룸버그 신화통신 교도통신 WHO WTO IMF OECD IAEA UN NATO FIFA IOC UEFA FBI CIA
삼성 현대 LG SK 롯데 한화 포스코 네이버 카카오 쿠팡 넷플릭스 구글 애플 아마존 메타 마이크로소프트 엔비디아 테슬라 인텔
OBS TBS CBS BBS PBS tvN OCN Mnet ENA TSMC 도요타 소니 화웨이 알리바바 텐센트 오픈AI 코레일 헌법재판소 대법원 감사원
국정원 국가정보원 선관위 한은
기획재정부 교육부 과학기술정보통신부 외교부 통일부 법무부 국방부 행정안전부 국가보훈부 문화체육관광부 농림축산식품부
산업통상자원부 보건복지부 환경부 고용노동부 여성가족부 국토교통부 해양수산부 중소벤처기업부 국무부 국방부 재무부 상무부
법무부 국토안보부 인사혁신처 법제처 식품의약품안전처 국가보훈처 국세청 관세청 조달청 통계청 재외동포청 대검찰청 검찰청
병무청 방위사업청 경찰청 소방청 문화재청 국가유산청 농촌진흥청 산림청 특허청 질병관리청 기상청 해양경찰청 우주항공청
국무조정실 국무총리실 금융감독원 한국은행 국회사무처 대법원 대검 합동참모본부 국가안보실 행정안전위원회
육군 해군 공군 해병대 주한미군 나스닥 뉴욕증권거래소 한국거래소
""")
#: Endings of common nouns that look like organisation names (``연방정부``, ``거래처``, ``신혼부부``).
ORG_BAD_ENDINGS = tuple(_words("""
정부 여당 야당 당국 지도부 집행부 수뇌부 남부 북부 동부 서부 중부 일부 내부 외부 전부 간부 지부 학부 세부 부부 거래처
사용처 근처 출처 대처 용처 피난처 요청 신청 초청 방청 정당 식당 성당 다수당 소수당 집권당 법인카드 위원 직원 인원 회원
사원 전원 지원 병원 학원 공원 정원 시청 구청 도청 군청 공무원 요원 선원 교원 연구원들 대원 단원 조합원 노조원 당원
공사비 공사장 건설사 시공사 업체 업계 단체 기관 산하 위원들 협의회의 의사당 공단
"""))
#: Platforms used as a medium rather than an actor, and words that look like organisations but are not.
NOT_ORGS = _words("페이스북 트위터 유튜브 인스타그램 틱톡 엑스 텔레그램 트루스소셜 카카오톡 스레드")

#: Acronyms that name things, roles or ideas rather than organisations.
NOT_ORG_ACRONYMS = _words("""
AI PD MC CEO CFO CTO COO TV CCTV SNS LNG LPG HBM DRAM GDP GNP CPI KTX SRT IT PC DJ VJ MZ OTT EV SUV ESG IPO
ETF MOU FTA IRA PCR RNA DNA CT MRI VR AR NFT USB LED OLED LCD GPS API APP UI UX QR ID PIN SMS URL PDF OK VIP
MVP FA KBO NBA MLB EPL PGA LPGA MBA PhD CPU GPU NPU SSD HDD ATM POS APEC G7 G20 COVID PM AM DM BJ CG OST MV
""")
#: Government bodies and other well-known organisations: short form -> canonical (full) name.
ORG_ALIASES: dict[str, str] = {
    "기재부": "기획재정부", "교육부": "교육부", "과기정통부": "과학기술정보통신부", "과기부": "과학기술정보통신부",
    "외교부": "외교부", "통일부": "통일부", "법무부": "법무부", "국방부": "국방부", "행안부": "행정안전부",
    "보훈부": "국가보훈부", "문체부": "문화체육관광부", "농식품부": "농림축산식품부", "농림부": "농림축산식품부",
    "산업부": "산업통상자원부", "산자부": "산업통상자원부", "복지부": "보건복지부", "복지위": "보건복지위원회",
    "환경부": "환경부", "고용부": "고용노동부", "노동부": "고용노동부", "여가부": "여성가족부", "국토부": "국토교통부",
    "해수부": "해양수산부", "중기부": "중소벤처기업부", "인사처": "인사혁신처", "법제처": "법제처",
    "식약처": "식품의약품안전처", "보훈처": "국가보훈처", "공정위": "공정거래위원회", "금융위": "금융위원회",
    "금감원": "금융감독원", "방통위": "방송통신위원회", "권익위": "국민권익위원회", "원안위": "원자력안전위원회",
    "인권위": "국가인권위원회", "선관위": "중앙선거관리위원회", "중앙선관위": "중앙선거관리위원회",
    "공수처": "고위공직자범죄수사처", "헌재": "헌법재판소", "대법": "대법원", "국정원": "국가정보원",
    "질병청": "질병관리청", "방사청": "방위사업청", "합참": "합동참모본부", "한은": "한국은행",
    "국힘": "국민의힘", "민주당": "더불어민주당", "LH": "한국토지주택공사", "코레일": "한국철도공사",
    "한전": "한국전력공사", "한수원": "한국수력원자력", "수공": "한국수자원공사", "도공": "한국도로공사",
    "KDI": "한국개발연구원", "무협": "한국무역협회", "대한상의": "대한상공회의소", "전경련": "전국경제인연합회",
    "경총": "한국경영자총협회", "민주노총": "전국민주노동조합총연맹", "한국노총": "한국노동조합총연맹",
    "전교조": "전국교직원노동조합", "WTO": "세계무역기구", "WHO": "세계보건기구", "IMF": "국제통화기금",
    "IAEA": "국제원자력기구", "UN": "유엔", "국제연합": "유엔", "NATO": "나토", "북대서양조약기구": "나토",
    "OECD": "경제협력개발기구", "연준": "연방준비제도", "Fed": "연방준비제도",
    "서울대": "서울대학교", "연세대": "연세대학교", "고려대": "고려대학교", "카이스트": "한국과학기술원",
    "KAIST": "한국과학기술원", "서울중앙지검": "서울중앙지방검찰청", "서울중앙지법": "서울중앙지방법원",
}
ORG_ALIASES.update({
    "법사위": "법제사법위원회", "정보위": "정보위원회", "국방위": "국방위원회", "외통위": "외교통일위원회",
    "기재위": "기획재정위원회", "행안위": "행정안전위원회", "과방위": "과학기술정보방송통신위원회",
    "환노위": "환경노동위원회", "국토위": "국토교통위원회", "산자위": "산업통상자원중소벤처기업위원회",
    "정무위": "정무위원회", "예결위": "예산결산특별위원회", "교육위": "교육위원회", "문체위": "문화체육관광위원회",
    "농해수위": "농림축산식품해양수산위원회", "여가위": "여성가족위원회", "운영위": "국회운영위원회",
})
#: Suffixes that also end the name of a field or trade (``첨단바이오``): they need a proper noun.
INDUSTRY_SUFFIXES = _words("""
바이오 에너지 화학 제약 통신 미디어 건설 전자 전기 자동차 증권 보험 생명 화재 항공 해운 물산 상사 제철 철강 석유 정유
중공업 조선 텔레콤 케미칼 캐피털 캐피탈 금융 엔터 엔터테인먼트 모터스 바이오로직스 뮤직 이앤씨 엔지니어링 인터내셔널
솔루션 시스템즈 네트웍스 머티리얼즈 파트너스 인베스트먼트 자산운용 테크놀로지 테크놀로지스 로지스틱스 교회
""")
#: Head words that make one organisation with the proper noun before them (``한빛 공대``).
ORG_HEADS = _words("공대 대학교 대학 노조 노동조합 위원회 협회 재단 연구소 연구원 의료원 사무소 통신")
#: Short forms joined only when the full name occurs in the same article (the short form was
#: another body in other years: 민주당 of 2008 is not 더불어민주당).
CONTEXT_ALIASES = frozenset({"민주당", "대법", "헌재"})
#: The short form ``X`` of a group that also appears as ``X그룹`` / ``X홀딩스`` in the same article.
GROUP_SUFFIXES = ("그룹", "홀딩스", "지주", "금융지주")

#: Country names (Korean), with one-character headline forms.
COUNTRIES = _words("""
한국 대한민국 남한 북한 미국 중국 일본 러시아 영국 프랑스 독일 이탈리아 스페인 포르투갈 네덜란드 벨기에 스위스
오스트리아 스웨덴 노르웨이 덴마크 핀란드 아이슬란드 아일랜드 폴란드 체코 슬로바키아 헝가리 루마니아 불가리아 그리스
튀르키예 터키 우크라이나 벨라루스 몰도바 조지아 아르메니아 아제르바이잔 카자흐스탄 우즈베키스탄 키르기스스탄
타지키스탄 투르크메니스탄 몽골 대만 홍콩 마카오 베트남 태국 라오스 캄보디아 미얀마 말레이시아 싱가포르 인도네시아
필리핀 브루나이 동티모르 인도 파키스탄 방글라데시 스리랑카 네팔 부탄 몰디브 아프가니스탄 이란 이라크 시리아 레바논
이스라엘 팔레스타인 요르단 사우디아라비아 사우디 아랍에미리트 UAE 카타르 쿠웨이트 바레인 오만 예멘 이집트 리비아
튀니지 알제리 모로코 수단 에티오피아 케냐 탄자니아 우간다 르완다 나이지리아 가나 세네갈 코트디부아르 카메룬 콩고
앙골라 잠비아 짐바브웨 모잠비크 마다가스카르 남아프리카공화국 남아공 캐나다 멕시코 과테말라 쿠바 아이티 도미니카
온두라스 니카라과 코스타리카 파나마 콜롬비아 베네수엘라 에콰도르 페루 볼리비아 브라질 파라과이 우루과이 아르헨티나
칠레 호주 오스트레일리아 뉴질랜드 피지 파푸아뉴기니 세르비아 크로아티아 슬로베니아 보스니아 몬테네그로 알바니아
북마케도니아 코소보 리투아니아 라트비아 에스토니아 룩셈부르크 모나코 바티칸 몰타 키프로스
""")
HANJA_PLACES = {"美": "미국", "韓": "한국", "中": "중국", "日": "일본", "北": "북한", "露": "러시아", "英": "영국",
                "獨": "독일", "佛": "프랑스", "伊": "이탈리아", "印": "인도", "加": "캐나다", "濠": "호주"}
#: Regions of the world and of Korea that are not administrative units.
REGIONS = _words("""
아시아 동아시아 동북아 동북아시아 동남아 동남아시아 남아시아 중앙아시아 중동 유럽 서유럽 동유럽 북유럽 남유럽 아프리카
북아프리카 중남미 남미 북미 중미 라틴아메리카 오세아니아 태평양 대서양 인도양 북극 남극 한반도 수도권 영남 호남 충청
강원권 영동 영서 부울경 제주도 독도 울릉도 거제도 강화도 가덕도 백령도 연평도 한라산 지리산 설악산 북한산 남산 한강
낙동강 금강 영산강 청계천 여의도 광화문 광화문광장 서울광장 시청광장 이태원 명동 종로 강남 강북 홍대 신촌 성수동 용산
판교 마곡 송도 잠실 동대문 남대문 청량리 서울역 부산역 용산역 수서역 인천공항 김포공항 김해공항 제주공항 가자지구
서안지구 요르단강 크림반도 돈바스 시베리아 하와이 알래스카 실리콘밸리 월가 맨해튼 브루클린
""")
#: Korean provinces and metropolitan cities (full and short forms).
PROVINCES = _words("""
서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 서울특별시 부산광역시 대구광역시
인천광역시 광주광역시 대전광역시 울산광역시 세종특별자치시 경기도 강원도 강원특별자치도 충청북도 충청남도 전라북도
전북특별자치도 전라남도 경상북도 경상남도 제주특별자치도 충청도 전라도 경상도
""")
#: Cities and counties of Korea (without 시/군; the suffixed forms are found by the suffix rule).
CITIES = _words("""
수원 성남 고양 용인 부천 안산 안양 남양주 화성 평택 의정부 시흥 파주 김포 광명 광주 군포 하남 오산 이천 안성 의왕 양주
구리 포천 동두천 과천 여주 양평 가평 연천 춘천 원주 강릉 동해 태백 속초 삼척 홍천 횡성 영월 평창 정선 철원 화천 양구
인제 고성 양양 청주 충주 제천 보은 옥천 영동 증평 진천 괴산 음성 단양 천안 공주 보령 아산 서산 논산 계룡 당진 금산
부여 서천 청양 홍성 예산 태안 전주 군산 익산 정읍 남원 김제 완주 진안 무주 장수 임실 순창 고창 부안 목포 여수 순천
나주 광양 담양 곡성 구례 고흥 보성 화순 장흥 강진 해남 영암 무안 함평 영광 장성 완도 진도 신안 포항 경주 김천 안동
구미 영주 영천 상주 문경 경산 군위 의성 청송 영양 영덕 청도 고령 성주 칠곡 예천 봉화 울진 울릉 창원 진주 통영 사천
김해 밀양 거제 양산 의령 함안 창녕 남해 하동 산청 함양 거창 합천 마산 진해 서귀포 제주
""")
#: World cities often in Korean news.
WORLD_CITIES = _words("""
워싱턴 뉴욕 로스앤젤레스 LA 샌프란시스코 시카고 보스턴 시애틀 휴스턴 댈러스 마이애미 라스베이거스 애틀랜타 필라델피아
디트로이트 도쿄 오사카 교토 요코하마 나고야 후쿠오카 삿포로 오키나와 베이징 상하이 광저우 선전 홍콩 톈진 충칭 우한
청두 난징 항저우 다롄 칭다오 선양 단둥 평양 개성 신의주 모스크바 상트페테르부르크 런던 파리 베를린 로마 마드리드
바르셀로나 브뤼셀 제네바 취리히 빈 암스테르담 스톡홀름 헬싱키 오슬로 코펜하겐 바르샤바 프라하 부다페스트 아테네
이스탄불 앙카라 키이우 키예프 하르키우 오데사 민스크 예루살렘 텔아비브 테헤란 바그다드 다마스쿠스 베이루트 두바이
아부다비 도하 리야드 카이로 뉴델리 뭄바이 방콕 하노이 호찌민 자카르타 마닐라 싱가포르 쿠알라룸푸르 타이베이 시드니
멜버른 오클랜드 토론토 밴쿠버 몬트리올 오타와 멕시코시티 상파울루 리우데자네이루 부에노스아이레스 산티아고 리마
보고타 프놈펜 비엔티안 양곤 네피도 카불 이슬라마바드 카트만두 울란바토르 아스타나 타슈켄트 리스본 더블린
부쿠레슈티 베오그라드 자그레브 빌뉴스 탈린 나이로비 아디스아바바 라고스 요하네스버그 케이프타운 카라카스 아바나
브라질리아 몬테비데오 캔버라 웰링턴 사이판 다낭 나트랑 세부 발리 푸껫 다보스 헤이그 스트라스부르 뮌헨
프랑크푸르트 함부르크 밀라노 나폴리 베네치아 리옹 마르세유 맨체스터 리버풀
""")
#: Latin codes written after a city (``워싱턴 DC``).
PLACE_CODES = _words("DC D.C. LA NY")
#: Generic area words written glued to a place (``인천지역``, ``서울일대``).
AREA_WORDS = _words("지역 일대 인근 지방 일원 전역")
#: Generic venue words that join the place before them (``광화문 광장``, ``용산 청사``).
VENUE_WORDS = _words("광장 공원 거리 역 대교 공항 청사 사거리 시장 타워 해수욕장 경기장")
#: Endings of place names (``강남구``, ``역삼동``, ``김포시``), with common nouns that end like them.
PLACE_SUFFIXES = ("특별시", "광역시", "특별자치시", "특별자치도", "시", "군", "구", "동", "읍", "면", "리", "도",
                  "주", "역", "광장", "공원", "대교", "공항", "항", "해수욕장", "경기장", "월드컵경기장", "구장",
                  "체육관", "터미널", "거리", "로", "길", "사거리", "교차로", "터널", "시장", "타워", "빌딩", "센터",
                  "섬", "산", "강", "호수", "파크", "선수촌", "장터", "기념비", "기념관", "박물관", "미술관",
                  "반도", "해협", "만", "성", "궁", "의사당", "공단", "시청", "구청", "도청", "군청", "청사")
PLACE_COMMON = _words("""
당시 이번 동시 수시 상시 즉시 임시 전시 지시 표시 무시 감시 역시 게시 제시 개시 군 구 동 리 도 주 역 산 강 섬 길 로 성
궁 만 항 활동 행동 운동 이동 자동 변동 노동 연동 공동 가동 출동 작동 충동 감동 선동 서비스 정도 제도 지도 속도 태도
용도 의도 시도 주도 강도 온도 각도 한도 고도 빈도 수도 분야 연도 년도 전구 연구 요구 도구 가구 친구 입구 출구 인구
지구 기구 추구 탐구 복구 마주 매주 금주 이주 연주 외주 수주 위주 거주 전주 종주 주주 군주 사주 영주 계주 자주 본주
경주 대주 구역 지역 영역 분야 무역 통역 해역 전역 권역 현역 시장 공원 광장 대교 거리 사거리 로 길 빌딩 타워 센터 도로
철도 대로
도시 시내 시외 국가 정부 지방 현지 일대 인근 주변 부근 주민 시민 도민 군민 구민 국민 목소리 이야기 소리 자리 관리 처리
조리
논리 원리 심리 수리 총리 승리 유리 거리 무리 마리 머리 다리 우리 그리 저리 요리 교리 경리 대리 의리 윤리 선거구 지역구
대구 항구 세계 해외 국내 국외 전국 사면 전면 측면 방면 이면 국면 화면 장면 정면 지면 표면 단면 내면 외면 체면 대면
기간 예산 재산 생산 자산 출산 부산물 합산 계산 환산 청산 추산 정산 흑자 연산 산 강 가 상 하 중 앞 뒤
""")


def org_canonical(name: str) -> str:
    """The canonical name of an organisation (its full name when ``name`` is a known short form)."""
    return name if name in CONTEXT_ALIASES else ORG_ALIASES.get(name, name)


def user_words() -> Iterator[tuple[str, dict[str, str]]]:
    """Words for the analyser's user dictionary, each with its entity kind and canonical name."""
    for short, full in ORG_ALIASES.items():
        for word in (short, full):
            if _hangul(word):
                yield word, {"kind": "org", "name": word}
    for word in KNOWN_ORGS:
        if _hangul(word) and word not in NOT_ORGS:
            yield word, {"kind": "org", "name": word}
    for word in COUNTRIES | REGIONS | PROVINCES | WORLD_CITIES:
        if _hangul(word) and len(word) >= 2 and word not in AMBIGUOUS_PLACES:
            yield word, {"kind": "place", "name": word}


def _hangul(word: str) -> bool:
    return all("\uac00" <= ch <= "\ud7a3" for ch in word)

#: Proper nouns shaped like a Korean name that are not names (country pairs in headlines).
NOT_NAMES = _words("한미일 한중일 한미 한중 한일 미중 미일 북미 북중 북러 한러 중일 한미중 이스라엘 이라크 이탈리아")
#: Bodies that are also venues: a place where the text uses them as a location (``백악관에서``).
VENUE_ORGS = _words("백악관 청와대 크렘린궁 엘리제궁")
#: Province short forms that are also common words (``경기`` is a game): places only in an address.
AMBIGUOUS_PLACES = _words("경기 세종")
#: Words that say what the name after them is: a company or an outlet (``채굴 기업 ‘한빛 코인’``).
ORG_DESCRIPTORS = _words("""
기업 회사 업체 상장사 스타트업 자회사 계열사 법인 지주사 제조사 브랜드 신문 일간지 매체 방송사 통신사 언론사 단체 재단
""")
#: Words that introduce a music group's name (``그룹 KBC``).
GROUP_WORDS = _words("그룹 밴드 걸그룹 보이그룹 아이돌그룹 혼성그룹 듀오")
#: Roles written before a name (``배우 홍길동``).
PRE_TITLES = _words("""
가수 배우 방송인 개그맨 개그우먼 코미디언 아나운서 작가 소설가 시인 화가 감독 작곡가 프로듀서 디자이너 모델 셰프 선수
투수 타자 포수 골키퍼 공격수 수비수 미드필더 기자 앵커 MC PD 래퍼 댄서 뮤지컬배우 성우 유튜버 인플루언서
""")
#: Syllables of loanwords that Korean given names do not use (``오스카``, ``마이클``, ``이마트``).
LOANWORD_SYLLABLES = frozenset("스크트프즈츠르브드쓰클플블튜퓨큐")
