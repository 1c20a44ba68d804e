import { describe, expect, it } from 'vitest';
import { toYouTubeEmbed, youTubeEmbedSrc } from './youTubeEmbed.ts';

const ID = 'ORQeJNXM_FA';

describe('toYouTubeEmbed', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`, 0],
    [`https://youtube.com/watch?v=${ID}&feature=share`, 0],
    [`https://m.youtube.com/watch?v=${ID}`, 0],
    [`https://music.youtube.com/watch?v=${ID}`, 0],
    [`http://www.youtube.com/watch?v=${ID}`, 0],
    [`https://WWW.YouTube.com/watch?v=${ID}`, 0],
    [`https://youtu.be/${ID}`, 0],
    [`https://youtu.be/${ID}?si=abc&t=90`, 90],
    [`https://www.youtube.com/live/${ID}`, 0],
    [`https://www.youtube.com/live/${ID}?si=xyz`, 0],
    [`https://www.youtube.com/embed/${ID}`, 0],
    [`https://www.youtube.com/embed/${ID}?start=75`, 75],
    [`https://www.youtube-nocookie.com/embed/${ID}`, 0],
    [`https://www.youtube.com/shorts/${ID}`, 0],
    [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, 3723],
    [`https://www.youtube.com/watch?v=${ID}&t=2m`, 120],
    [`https://www.youtube.com/watch?v=${ID}&t=45s`, 45],
    [`https://www.youtube.com/watch?t=90&v=${ID}`, 90],
    [`https://www.youtube.com/watch?v=${ID}#t=1m30s`, 90],
    [`  https://www.youtube.com/watch?v=${ID}  `, 0],
  ])('reads %s', (url, startSeconds) => {
    expect(toYouTubeEmbed(url)).toEqual({ videoId: ID, startSeconds });
  });

  it('ignores a start time it cannot read rather than rejecting the video', () => {
    expect(toYouTubeEmbed(`https://youtu.be/${ID}?t=soon`)).toEqual({
      videoId: ID,
      startSeconds: 0,
    });
  });

  it.each([
    'javascript:alert(1)//https://www.youtube.com/watch?v=ORQeJNXM_FA',
    `data:text/html,https://youtu.be/${ID}`,
    `ftp://www.youtube.com/watch?v=${ID}`,
    `https://www.youtube.com.evil.net/watch?v=${ID}`,
    `https://evil.net/www.youtube.com/watch?v=${ID}`,
    `https://notyoutube.com/watch?v=${ID}`,
    `https://youtube.co/watch?v=${ID}`,
    `https://evil.net/?u=https://youtu.be/${ID}`,
    `https://user:pass@www.youtube.com/watch?v=${ID}`,
    `https://www.youtube.com:8443/watch?v=${ID}`,
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=ORQeJNXM_FAX',
    'https://www.youtube.com/watch?v=ORQeJNXM%2FA',
    'https://www.youtube.com/watch?v=<script>ab',
    'https://www.youtube.com/watch',
    `https://www.youtube.com/channel/${ID}`,
    `https://www.youtube.com/live/${ID}/extra`,
    'https://youtu.be/',
    `https://youtu.be/${ID}/more`,
    'https://www.youtube.com/@NASA/live',
    'https://plus.nasa.gov/scheduled-video/nasas-spacex-crew-9-undocking/',
    'https://x.com/i/broadcasts/1vAxROzygvkKl',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(toYouTubeEmbed(url)).toBeNull();
  });
});

describe('youTubeEmbedSrc', () => {
  it('points at the privacy-enhanced host and autoplays from the start time', () => {
    expect(youTubeEmbedSrc({ videoId: ID, startSeconds: 90 })).toBe(
      `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&start=90`,
    );
  });

  it('leaves out a zero start time', () => {
    expect(youTubeEmbedSrc({ videoId: ID, startSeconds: 0 })).toBe(
      `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`,
    );
  });
});
